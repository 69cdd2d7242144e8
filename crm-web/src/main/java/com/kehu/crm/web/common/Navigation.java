package com.kehu.crm.web.common;

import com.kehu.crm.security.entity.Rights;
import java.util.List;
import java.util.Optional;

/**
 * The side menu by module: each item names the page it opens and the right it needs (null: every logged-in user).
 * The same rights guard the pages in web.xml and the business methods with {@code @RolesAllowed}; the menu only
 * spares users links they could not follow. Labels are bundle keys.
 */
public final class Navigation {

    /** One menu entry; {@code view} is the page's view id, whose folder also holds its edit and detail pages. */
    public record Item(String key, String view, String icon, String right) {

        public String folder() {
            return view.substring(0, view.lastIndexOf('/') + 1);
        }
    }

    /** One module of the menu. */
    public record Group(String key, String icon, List<Item> items) {
    }

    public static final List<Group> MENU = List.of(
            new Group("module.opportunity", "pi pi-megaphone", List.of(
                    new Item("menu.opportunities", "/opportunity/list.xhtml", "pi pi-flag", Rights.OPPORTUNITY_VIEW),
                    new Item("menu.opportunitiesToAssign", "/opportunity/assign/list.xhtml", "pi pi-send",
                            Rights.OPPORTUNITY_ASSIGN),
                    new Item("menu.opportunitiesToDevelop", "/opportunity/develop/list.xhtml", "pi pi-briefcase",
                            Rights.OPPORTUNITY_DEVELOP))),
            new Group("module.customer", "pi pi-building", List.of(
                    new Item("menu.customers", "/customer/list.xhtml", "pi pi-id-card", Rights.CUSTOMER_VIEW))),
            new Group("module.churn", "pi pi-user-minus", List.of(
                    new Item("menu.churnWarnings", "/churn/list.xhtml", "pi pi-exclamation-triangle", Rights.CHURN_VIEW),
                    new Item("menu.churnCheck", "/churn/admin/check.xhtml", "pi pi-clock", Rights.CHURN_RUN))),
            new Group("module.support", "pi pi-headphones", List.of(
                    new Item("support.menu.create", "/support/create/new.xhtml", "pi pi-plus-circle",
                            Rights.SUPPORT_CREATE),
                    new Item("support.menu.assign", "/support/assign/list.xhtml", "pi pi-user-plus",
                            Rights.SUPPORT_ASSIGN),
                    new Item("support.menu.handle", "/support/handle/list.xhtml", "pi pi-wrench", Rights.SUPPORT_HANDLE),
                    new Item("support.menu.feedback", "/support/feedback/list.xhtml", "pi pi-comments",
                            Rights.SUPPORT_FEEDBACK),
                    new Item("support.menu.archive", "/support/archive/list.xhtml", "pi pi-inbox", Rights.SUPPORT_VIEW),
                    new Item("support.menu.analysis", "/support/analysis/charts.xhtml", "pi pi-chart-bar",
                            Rights.SUPPORT_ANALYSIS))),
            new Group("module.report", "pi pi-chart-line", List.of(
                    new Item("report.menu.contribution", "/report/contribution/list.xhtml", "pi pi-sort-amount-down",
                            Rights.REPORT_CONTRIBUTION),
                    new Item("report.menu.composition", "/report/composition/list.xhtml", "pi pi-chart-pie",
                            Rights.REPORT_COMPOSITION),
                    new Item("report.menu.service", "/support/analysis/charts.xhtml", "pi pi-chart-bar",
                            Rights.REPORT_SERVICE),
                    new Item("report.menu.churn", "/report/churn/list.xhtml", "pi pi-user-minus",
                            Rights.REPORT_CHURN))),
            new Group("module.basedata", "pi pi-database", List.of(
                    new Item("menu.dictionary", "/basedata/dictionary/list.xhtml", "pi pi-book", Rights.BASEDATA_DICT),
                    new Item("menu.products", "/sales/products.xhtml", "pi pi-box", Rights.SALES_VIEW),
                    new Item("menu.inventory", "/sales/inventory.xhtml", "pi pi-warehouse", Rights.SALES_VIEW),
                    new Item("menu.import", "/sales/import.xhtml", "pi pi-upload", Rights.SALES_IMPORT))),
            new Group("module.security", "pi pi-shield", List.of(
                    new Item("menu.users", "/security/users/list.xhtml", "pi pi-users", Rights.ADMIN_USER),
                    new Item("menu.roles", "/security/roles/list.xhtml", "pi pi-key", Rights.ADMIN_ROLE),
                    new Item("security_audit.menu", "/security/audit/list.xhtml", "pi pi-history",
                            Rights.ADMIN_AUDIT))),
            new Group("module.account", "pi pi-user", List.of(
                    new Item("menu.password", "/account/password.xhtml", "pi pi-lock", null))));

    private Navigation() {
    }

    /** The group and item a page belongs to: the item whose folder holds the page. */
    public static Optional<Item> itemOf(String viewId) {
        return MENU.stream().flatMap(g -> g.items().stream()).filter(i -> i.view().equals(viewId)).findFirst()
                .or(() -> MENU.stream().flatMap(g -> g.items().stream())
                        .filter(i -> viewId != null && viewId.startsWith(i.folder())).findFirst());
    }

    public static Optional<Group> groupOf(Item item) {
        return MENU.stream().filter(g -> g.items().contains(item)).findFirst();
    }
}
