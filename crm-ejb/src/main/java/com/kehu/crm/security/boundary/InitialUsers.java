package com.kehu.crm.security.boundary;

import com.kehu.crm.security.control.PasswordHasher;
import com.kehu.crm.security.entity.Role;
import com.kehu.crm.security.entity.User;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;

/**
 * The first users of an empty database, created once at the first start:
 * <ul>
 * <li>with the server property {@code kehu.demo-data=true} (the embedded H2 default): the demo users admin, exec,
 * super, manager, manager2 and sales (the sales system's import interface), each with their user name as password;</li>
 * <li>otherwise (a production install): only {@code admin}, with the password IT put in the server property
 * {@code kehu.admin.initial-password} (see config/oracle/datasource.cli). Remove that property after the first
 * login and change the password.</li>
 * </ul>
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@PermitAll
public class InitialUsers {

    static final String DEMO_PROPERTY = "kehu.demo-data";
    static final String ADMIN_PASSWORD_PROPERTY = "kehu.admin.initial-password";
    private static final Logger LOG = Logger.getLogger(InitialUsers.class.getName());

    /** User name, display name, role code: the demo team. */
    static final List<String[]> DEMO_USERS = List.of(
            new String[] {"admin", "系统管理员 Admin", Role.ADMIN},
            new String[] {"exec", "王总 Wang Wei", Role.EXECUTIVE},
            new String[] {"super", "李主管 Li Na", Role.SUPERVISOR},
            new String[] {"manager", "张经理 Zhang Min", Role.MANAGER},
            new String[] {"manager2", "刘经理 Liu Yang", Role.MANAGER},
            new String[] {"sales", "销售系统接口 Sales system", Role.INTEGRATION});

    @PersistenceContext
    private EntityManager em;

    @PostConstruct
    void createIfEmpty() {
        if (em.createQuery("SELECT COUNT(u) FROM User u", Long.class).getSingleResult() > 0) {
            return;
        }
        if (Boolean.getBoolean(DEMO_PROPERTY)) {
            for (String[] demo : DEMO_USERS) {
                create(demo[0], demo[1], demo[0], demo[2]);
            }
            LOG.info("Kehu CRM demo users created: admin, exec, super, manager, manager2, sales (password = user name).");
            return;
        }
        String password = System.getProperty(ADMIN_PASSWORD_PROPERTY);
        if (password == null || password.isBlank()) {
            LOG.severe("Kehu CRM has no user yet. Set the server property " + ADMIN_PASSWORD_PROPERTY
                    + " and restart to create the administrator 'admin'.");
            return;
        }
        create("admin", "系统管理员 Administrator", password, Role.ADMIN);
        LOG.warning("Kehu CRM administrator 'admin' created. Remove the property " + ADMIN_PASSWORD_PROPERTY
                + " and change the password at the first login.");
    }

    private void create(String username, String displayName, String password, String roleCode) {
        User user = new User(username, displayName, PasswordHasher.hash(password));
        user.getRoles().add(em.createNamedQuery(Role.BY_CODE, Role.class).setParameter("code", roleCode).getSingleResult());
        em.persist(user);
    }
}
