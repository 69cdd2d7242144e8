package com.kehu.crm.security.boundary;

import com.kehu.crm.common.boundary.BusinessException;
import com.kehu.crm.common.boundary.NotFoundException;
import com.kehu.crm.common.control.Versions;
import com.kehu.crm.security.entity.Right;
import com.kehu.crm.security.entity.Rights;
import com.kehu.crm.security.entity.Role;
import com.kehu.crm.security.entity.User;
import com.kehu.crm.security.entity.SecurityEventType;
import com.kehu.crm.security.entity.SecurityOutcome;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Roles and their rights (角色与权限). A change takes effect for a user at their next login, when the realm reads
 * their rights again.
 */
@Stateless
@RolesAllowed(Rights.ADMIN_ROLE)
public class RoleService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private SecurityAudit audit;

    @RolesAllowed(Rights.ADMIN_ROLE)
    public List<Role> listRoles() {
        return em.createQuery("SELECT DISTINCT r FROM Role r LEFT JOIN FETCH r.rights ORDER BY r.id", Role.class)
                .getResultList();
    }

    /** How many users hold each role, by role id. */
    @RolesAllowed(Rights.ADMIN_ROLE)
    public Map<Long, Long> userCounts() {
        return em.createQuery("SELECT r.id, COUNT(u) FROM User u JOIN u.roles r GROUP BY r.id", Object[].class)
                .getResultStream().collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    @RolesAllowed(Rights.ADMIN_ROLE)
    public List<Right> listRights() {
        return em.createNamedQuery(Right.ALL, Right.class).getResultList();
    }

    @RolesAllowed(Rights.ADMIN_ROLE)
    public Role getById(long id) {
        List<Role> found = em.createQuery("SELECT r FROM Role r LEFT JOIN FETCH r.rights WHERE r.id = :id", Role.class)
                .setParameter("id", id).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
        return found.get(0);
    }

    @RolesAllowed(Rights.ADMIN_ROLE)
    public Role create(@NotNull @Valid Role form, @NotNull Set<Long> rightIds) {
        if (!em.createNamedQuery(Role.BY_CODE, Role.class).setParameter("code", form.getCode()).getResultList().isEmpty()) {
            throw BusinessException.onField("code", "role.error.codeTaken", form.getCode());
        }
        Role role = new Role(form.getCode(), form.getNameZh(), form.getNameEn());
        role.setDescription(form.getDescription());
        role.getRights().addAll(rights(rightIds));
        em.persist(role);
        audit.record(SecurityEventType.ROLE_CREATE, SecurityOutcome.SUCCESS, role.getCode(), "rights=" + rightCodes(role));
        return role;
    }

    /** Saves names and rights, unless someone else changed the role since {@code form} was loaded. */
    @RolesAllowed(Rights.ADMIN_ROLE)
    public Role update(@NotNull @Valid Role form, @NotNull Set<Long> rightIds) {
        Role role = getById(form.getId());
        Versions.check(role, form.getVersion());
        List<Right> rights = rights(rightIds);
        if (Role.ADMIN.equals(role.getCode())
                && rights.stream().noneMatch(r -> Rights.ADMIN_ROLE.equals(r.getCode()))) {
            // Without it nobody could ever give rights back.
            throw BusinessException.onField("rights", "role.error.adminKeepsRoleRight");
        }
        role.setNameZh(form.getNameZh());
        role.setNameEn(form.getNameEn());
        role.setDescription(form.getDescription());
        if (!rightIds.equals(role.getRights().stream().map(Right::getId).collect(Collectors.toSet()))) {
            // Sessions hold the rights of the login: every user of this role logs in again.
            em.createNamedQuery(User.END_SESSIONS_OF_ROLE).setParameter("roleId", role.getId()).executeUpdate();
        }
        role.getRights().clear();
        role.getRights().addAll(rights);
        em.lock(role, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        audit.record(SecurityEventType.ROLE_EDIT, SecurityOutcome.SUCCESS, role.getCode(), "rights=" + rightCodes(role));
        return role;
    }

    @RolesAllowed(Rights.ADMIN_ROLE)
    public void delete(long id, long version) {
        Role role = getById(id);
        Versions.check(role, version);
        if (role.isBuiltIn()) {
            throw new BusinessException("role.error.builtIn");
        }
        long users = em.createNamedQuery(Role.COUNT_USERS, Long.class).setParameter("id", id).getSingleResult();
        if (users > 0) {
            throw new BusinessException("role.error.inUse", users);
        }
        em.remove(role);
        audit.record(SecurityEventType.ROLE_DELETE, SecurityOutcome.SUCCESS, role.getCode(), null);
    }

    private static String rightCodes(Role role) {
        return role.getRights().stream().map(Right::getCode).sorted().collect(Collectors.joining(","));
    }

    private List<Right> rights(Set<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Right> rights = em.createQuery("SELECT r FROM Right r WHERE r.id IN :ids", Right.class)
                .setParameter("ids", ids).getResultList();
        if (rights.size() != ids.size()) {
            throw new NotFoundException();
        }
        return rights;
    }
}
