package com.kehu.crm.web.security;

import com.kehu.crm.security.boundary.RoleService;
import com.kehu.crm.security.entity.Right;
import com.kehu.crm.security.entity.Role;
import com.kehu.crm.web.common.Bundles;
import com.kehu.crm.web.common.FacesMessages;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Creating or editing a role: its names and the rights it holds, grouped by module. */
@Named
@ViewScoped
public class RoleEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private RoleService roleService;

    private Long id;
    private Role role;
    private Map<String, List<Right>> rightsByGroup;
    private List<Long> rightIds = new ArrayList<>();

    /** f:viewAction: loads the role of {@code ?id=}, or a blank form. */
    public void load() {
        rightsByGroup = new LinkedHashMap<>();
        for (Right right : roleService.listRights()) {
            rightsByGroup.computeIfAbsent(right.getGroup(), g -> new ArrayList<>()).add(right);
        }
        if (id == null) {
            role = new Role();
            return;
        }
        role = roleService.getById(id);
        rightIds = new ArrayList<>(role.getRights().stream().map(Right::getId).toList());
    }

    public String save() {
        if (role.isNew()) {
            role = roleService.create(role, new HashSet<>(rightIds));
            FacesMessages.info("role_edit.message.created", role.getCode());
        } else {
            role = roleService.update(role, new HashSet<>(rightIds));
            FacesMessages.info("role_edit.message.saved", role.getCode());
        }
        FacesMessages.keepForRedirect();
        return "/security/roles/list?faces-redirect=true";
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Role getRole() {
        return role;
    }

    /** The rights as check boxes grouped by module, labelled in the current language. */
    public List<SelectItem> getRightItems() {
        List<SelectItem> groups = new ArrayList<>();
        rightsByGroup.forEach((group, rights) -> groups.add(new SelectItemGroup(Bundles.text("module." + group), null,
                false, rights.stream().map(r -> new SelectItem(r.getId(),
                        Bundles.text("right." + r.getCode()) + " (" + r.getCode() + ")")).toArray(SelectItem[]::new))));
        return groups;
    }

    public List<Long> getRightIds() {
        return rightIds;
    }

    public void setRightIds(List<Long> rightIds) {
        this.rightIds = rightIds;
    }
}
