package com.kehu.crm.web.security;

import com.kehu.crm.security.boundary.UserService;
import com.kehu.crm.security.entity.Role;
import com.kehu.crm.security.entity.User;
import com.kehu.crm.web.common.FacesMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** Creating or editing one user: name, e-mail, roles; disable or enable; a new password set by the administrator. */
@Named
@ViewScoped
public class UserEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private UserService userService;

    private Long id;
    private User user;
    private List<Role> roles;
    private List<Long> roleIds = new ArrayList<>();
    private String password;
    private String newPassword;

    /** f:viewAction: loads the user of {@code ?id=}, or a blank form. */
    public void load() {
        roles = userService.listRoles();
        if (id == null) {
            user = new User();
            return;
        }
        user = userService.getById(id);
        roleIds = new ArrayList<>(user.getRoles().stream().map(Role::getId).toList());
    }

    public String save() {
        if (user.isNew()) {
            user = userService.create(user, new HashSet<>(roleIds), password);
            FacesMessages.info("user_edit.message.created", user.getUsername());
        } else {
            user = userService.update(user, new HashSet<>(roleIds));
            FacesMessages.info("user_edit.message.saved", user.getUsername());
        }
        FacesMessages.keepForRedirect();
        return "/security/users/list?faces-redirect=true";
    }

    public void disable() {
        userService.disable(user.getId(), user.getVersion());
        reload("user_edit.message.disabled");
    }

    public void enable() {
        userService.enable(user.getId(), user.getVersion());
        reload("user_edit.message.enabled");
    }

    public void resetPassword() {
        userService.resetPassword(user.getId(), newPassword);
        newPassword = null;
        reload("user_edit.message.passwordReset");
    }

    private void reload(String messageKey) {
        user = userService.getById(user.getId());
        FacesMessages.info(messageKey, user.getUsername());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public User getUser() {
        return user;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public List<Long> getRoleIds() {
        return roleIds;
    }

    public void setRoleIds(List<Long> roleIds) {
        this.roleIds = roleIds;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
