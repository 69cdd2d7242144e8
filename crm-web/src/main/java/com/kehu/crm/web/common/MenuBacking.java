package com.kehu.crm.web.common;

import com.kehu.crm.security.boundary.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Optional;
import org.primefaces.model.menu.DefaultMenuItem;
import org.primefaces.model.menu.DefaultMenuModel;
import org.primefaces.model.menu.DefaultSubMenu;
import org.primefaces.model.menu.MenuModel;

/** The side menu and the breadcrumbs of the current page, limited to what the user's rights allow. */
@Named
@RequestScoped
public class MenuBacking {

    @EJB
    private CurrentUser currentUser;

    private MenuModel menu;
    private MenuModel breadcrumbs;

    @PostConstruct
    void init() {
        FacesContext context = FacesContext.getCurrentInstance();
        String viewId = context.getViewRoot() == null ? null : context.getViewRoot().getViewId();

        menu = new DefaultMenuModel();
        for (Navigation.Group group : Navigation.MENU) {
            DefaultSubMenu sub = DefaultSubMenu.builder().label(Bundles.text(group.key())).icon(group.icon())
                    .expanded(true).id("menu-" + group.key().replace('.', '-')).build();
            for (Navigation.Item item : group.items()) {
                if (item.right() == null || currentUser.has(item.right())) {
                    sub.getElements().add(DefaultMenuItem.builder().value(Bundles.text(item.key()))
                            .icon(item.icon()).outcome(item.view())
                            .id("menu-" + item.key().replace('.', '-'))
                            .styleClass(Navigation.itemOf(viewId).filter(item::equals).isPresent() ? "active-menuitem" : null)
                            .build());
                }
            }
            if (!sub.getElements().isEmpty()) {
                menu.getElements().add(sub);
            }
        }

        breadcrumbs = new DefaultMenuModel();
        breadcrumbs.getElements().add(DefaultMenuItem.builder().value(Bundles.text("menu.home"))
                .icon("pi pi-home").outcome("/index.xhtml").build());
        Optional<Navigation.Item> item = Navigation.itemOf(viewId);
        item.flatMap(Navigation::groupOf).ifPresent(g -> breadcrumbs.getElements()
                .add(DefaultMenuItem.builder().value(Bundles.text(g.key())).disabled(true).build()));
        item.ifPresent(i -> breadcrumbs.getElements()
                .add(DefaultMenuItem.builder().value(Bundles.text(i.key())).outcome(i.view()).build()));
    }

    public MenuModel getMenu() {
        return menu;
    }

    public MenuModel getBreadcrumbs() {
        return breadcrumbs;
    }
}
