package com.kehu.crm.web.security;

import com.kehu.crm.security.boundary.RoleService;
import com.kehu.crm.security.entity.Role;
import com.kehu.crm.web.common.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The roles (角色权限) with their rights and how many users hold them. A handful of rows: no paging. */
@Named
@ViewScoped
public class RoleListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private RoleService roleService;

    private List<Role> roles;
    private Map<Long, Long> userCounts;

    @PostConstruct
    void init() {
        roles = roleService.listRoles();
        userCounts = roleService.userCounts();
    }

    public void delete(Role role) {
        roleService.delete(role.getId(), role.getVersion());
        FacesMessages.info("role_list.message.deleted", role.getCode());
        init();
    }

    public List<Role> getRoles() {
        return roles;
    }

    public long userCount(Role role) {
        return userCounts.getOrDefault(role.getId(), 0L);
    }
}
