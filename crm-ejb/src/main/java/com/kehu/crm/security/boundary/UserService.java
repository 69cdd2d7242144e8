package com.kehu.crm.security.boundary;

import com.kehu.crm.common.boundary.BusinessException;
import com.kehu.crm.common.boundary.NotFoundException;
import com.kehu.crm.common.control.Conditions;
import com.kehu.crm.common.control.PagedList;
import com.kehu.crm.common.control.PagedList.Direction;
import com.kehu.crm.common.control.Versions;
import com.kehu.crm.common.dto.SortOrder;
import com.kehu.crm.security.control.PasswordHasher;
import com.kehu.crm.security.control.PasswordPolicy;
import com.kehu.crm.security.dto.RoleLabel;
import com.kehu.crm.security.dto.UserCriteria;
import com.kehu.crm.security.dto.UserRow;
import com.kehu.crm.security.entity.AccountStatus;
import com.kehu.crm.security.entity.Rights;
import com.kehu.crm.security.entity.Role;
import com.kehu.crm.security.entity.SecurityEventType;
import com.kehu.crm.security.entity.SecurityOutcome;
import com.kehu.crm.security.entity.User;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** User administration (用户管理): create, edit, disable, unlock, reset passwords, assign roles. */
@Stateless
@RolesAllowed(Rights.ADMIN_USER)
public class UserService {

    private static final Map<String, String> SORTABLE = Map.of(
            "username", "u.username",
            "displayName", "u.displayName",
            "email", "u.email",
            "status", "u.status",
            "lastLoginAt", "u.lastLoginAt");
    /** Unsorted: by user name; rows with equal values always by ascending id. */
    private static final PagedList LIST = PagedList.of(SORTABLE, "u.id").idAlways(Direction.ASC)
            .unsortedAscending("u.username");

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext caller;

    @EJB
    private SecurityAudit audit;

    @RolesAllowed(Rights.ADMIN_USER)
    public long count(UserCriteria criteria) {
        return LIST.count(em, "SELECT COUNT(u) FROM User u", where(criteria));
    }

    @RolesAllowed(Rights.ADMIN_USER)
    public List<UserRow> search(UserCriteria criteria, int offset, int limit, SortOrder sort) {
        List<UserRow> rows = LIST.page(em, "SELECT NEW com.kehu.crm.security.dto.UserRow(u.id, u.username, "
                + "u.displayName, u.email, u.status, u.lockedUntil, u.lastLoginAt) FROM User u", where(criteria), sort,
                offset, limit, UserRow.class);
        if (rows.isEmpty()) {
            return rows;
        }
        // The roles of the whole page in one query, not one per row.
        Map<Long, List<RoleLabel>> roles = em.createQuery(
                        "SELECT u.id, r.code, r.nameZh, r.nameEn FROM User u JOIN u.roles r WHERE u.id IN :ids ORDER BY r.id",
                        Object[].class)
                .setParameter("ids", rows.stream().map(UserRow::id).toList())
                .getResultStream()
                .collect(Collectors.groupingBy(row -> (Long) row[0], Collectors.mapping(
                        row -> new RoleLabel((String) row[1], (String) row[2], (String) row[3]), Collectors.toList())));
        return rows.stream().map(r -> r.withRoles(roles.getOrDefault(r.id(), List.of()))).toList();
    }

    private static Conditions where(UserCriteria criteria) {
        Conditions where = new Conditions();
        if (criteria != null) {
            String text = Conditions.blankToNull(criteria.getText());
            // The text is taken literally: % and _ typed into the search are not wildcards.
            where.add("(LOWER(u.username) LIKE :text ESCAPE '\\' OR LOWER(u.displayName) LIKE :text ESCAPE '\\')",
                            "text", text == null ? null : "%" + Conditions.prefixPattern(text.toLowerCase()))
                    .add("EXISTS (SELECT r FROM User u2 JOIN u2.roles r WHERE u2 = u AND r.code = :role)", "role",
                            criteria.getRoleCode())
                    .equal("u.status", "status", criteria.getStatus());
        }
        return where;
    }

    /** The user with their roles, for the edit form. */
    @RolesAllowed(Rights.ADMIN_USER)
    public User getById(long id) {
        List<User> found = em.createQuery("SELECT u FROM User u LEFT JOIN FETCH u.roles WHERE u.id = :id", User.class)
                .setParameter("id", id).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
        return found.get(0);
    }

    @RolesAllowed(Rights.ADMIN_USER)
    public List<Role> listRoles() {
        return em.createNamedQuery(Role.ALL, Role.class).getResultList();
    }

    @RolesAllowed(Rights.ADMIN_USER)
    public User create(@NotNull @Valid User user, @NotNull Set<Long> roleIds, String password) {
        Long taken = em.createNamedQuery(User.COUNT_BY_USERNAME, Long.class)
                .setParameter("username", user.getUsername()).getSingleResult();
        if (taken > 0) {
            throw BusinessException.onField("username", "user.error.usernameTaken", user.getUsername());
        }
        PasswordPolicy.check("password", user.getUsername(), password);
        User created = new User(user.getUsername(), user.getDisplayName(), PasswordHasher.hash(password));
        created.setEmail(user.getEmail());
        created.getRoles().addAll(roles(roleIds));
        em.persist(created);
        audit.record(SecurityEventType.USER_CREATE, SecurityOutcome.SUCCESS, created.getUsername(),
                "roles=" + roleCodes(created));
        return created;
    }

    /** Saves name, e-mail and roles, unless someone else changed the user since {@code form} was loaded. */
    @RolesAllowed(Rights.ADMIN_USER)
    public User update(@NotNull @Valid User form, @NotNull Set<Long> roleIds) {
        User user = getById(form.getId());
        Versions.check(user, form.getVersion());
        List<Role> newRoles = roles(roleIds);
        if (isMe(user) && user.hasRole(Role.ADMIN) && newRoles.stream().noneMatch(r -> Role.ADMIN.equals(r.getCode()))) {
            throw BusinessException.onField("roles", "user.error.ownAdminRole");
        }
        user.setDisplayName(form.getDisplayName());
        user.setEmail(form.getEmail());
        if (!roleIds.equals(user.getRoles().stream().map(Role::getId).collect(java.util.stream.Collectors.toSet()))) {
            user.endSessions();
        }
        user.getRoles().clear();
        user.getRoles().addAll(newRoles);
        forceNewVersion(user);
        audit.record(SecurityEventType.USER_EDIT, SecurityOutcome.SUCCESS, user.getUsername(),
                "displayName=" + user.getDisplayName() + "; email=" + user.getEmail() + "; roles=" + roleCodes(user));
        return user;
    }

    @RolesAllowed(Rights.ADMIN_USER)
    public void disable(long id, long version) {
        User user = getById(id);
        Versions.check(user, version);
        if (isMe(user)) {
            throw new BusinessException("user.error.disableSelf");
        }
        user.setStatus(AccountStatus.DISABLED);
        user.endSessions();
        audit.record(SecurityEventType.USER_DISABLE, SecurityOutcome.SUCCESS, user.getUsername(), null);
    }

    @RolesAllowed(Rights.ADMIN_USER)
    public void enable(long id, long version) {
        User user = getById(id);
        Versions.check(user, version);
        boolean wasLocked = user.getLockedUntil() != null;
        user.setStatus(AccountStatus.ACTIVE);
        user.unlock();
        audit.record(SecurityEventType.USER_ENABLE, SecurityOutcome.SUCCESS, user.getUsername(),
                wasLocked ? "unlocked" : null);
    }

    /**
     * Sets a new password chosen by the administrator (to hand over to the user) and lifts a lock. Another user must
     * change it at their next login: the administrator knows it. An administrator resetting their own password has
     * chosen it themselves.
     */
    @RolesAllowed(Rights.ADMIN_USER)
    public void resetPassword(long id, String newPassword) {
        User user = getById(id);
        PasswordPolicy.check("newPassword", user.getUsername(), newPassword);
        if (isMe(user)) {
            user.changePassword(PasswordHasher.hash(newPassword));
        } else {
            user.setPasswordHash(PasswordHasher.hash(newPassword));
            user.requirePasswordChange();
            // whoever knew the old password is logged out
            user.endSessions();
        }
        user.unlock();
        forceNewVersion(user);
        audit.record(SecurityEventType.PASSWORD_RESET, SecurityOutcome.SUCCESS, user.getUsername(), null);
    }

    private static String roleCodes(User user) {
        return user.getRoles().stream().map(Role::getCode).sorted().collect(Collectors.joining(","));
    }

    private List<Role> roles(Set<Long> ids) {
        if (ids.isEmpty()) {
            throw BusinessException.onField("roles", "user.error.noRole");
        }
        List<Role> roles = em.createQuery("SELECT r FROM Role r WHERE r.id IN :ids", Role.class)
                .setParameter("ids", ids).getResultList();
        if (roles.size() != ids.size()) {
            throw new NotFoundException();
        }
        return roles;
    }

    private boolean isMe(User user) {
        return user.getUsername().equals(caller.getCallerPrincipal().getName());
    }

    /** Role changes live in the join table; the user's own version must move too, so a stale form is refused. */
    private void forceNewVersion(User user) {
        em.lock(user, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }
}
