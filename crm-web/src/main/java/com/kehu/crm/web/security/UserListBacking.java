package com.kehu.crm.web.security;

import com.kehu.crm.security.boundary.UserService;
import com.kehu.crm.security.dto.UserCriteria;
import com.kehu.crm.security.dto.UserRow;
import com.kehu.crm.security.entity.AccountStatus;
import com.kehu.crm.security.entity.Role;
import com.kehu.crm.web.common.LazyRows;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Components;
import org.primefaces.component.datatable.DataTable;

/** The user list (用户管理): filters and a lazy, sortable table. */
@Named
@ViewScoped
public class UserListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private UserService userService;

    private final UserCriteria criteria = new UserCriteria();
    private LazyRows<UserRow> users;
    private List<Role> roles;

    @PostConstruct
    void init() {
        roles = userService.listRoles();
        users = new LazyRows<>(filters -> userService.count(criteria),
                (filters, offset, limit, sort) -> userService.search(criteria, offset, limit, sort), UserRow::id);
    }

    /** New filters: back to the first page. */
    public void search() {
        DataTable table = Components.findComponent("f:users");
        table.setFirst(0);
        users.recount();
    }

    public UserCriteria getCriteria() {
        return criteria;
    }

    public LazyRows<UserRow> getUsers() {
        return users;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public AccountStatus[] getStatuses() {
        return AccountStatus.values();
    }
}
