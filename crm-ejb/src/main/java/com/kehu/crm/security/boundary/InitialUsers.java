package com.kehu.crm.security.boundary;

import com.kehu.crm.common.boundary.BusinessException;
import com.kehu.crm.security.control.PasswordHasher;
import com.kehu.crm.security.control.PasswordPolicy;
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
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The first users of an empty database, created once at the first start:
 * <ul>
 * <li>with the server property {@code kehu.demo-data=true} (the embedded H2 default): the demo users admin, exec,
 * super, manager, manager2 and sales (the sales system's import interface), each with their user name as password;</li>
 * <li>otherwise (a production install): only {@code admin}, with the password in the server property
 * {@code kehu.admin.initial-password}, which config/20-security.cli takes from the server's environment variable
 * KEHU_ADMIN_INITIAL_PASSWORD, so that the password never lands in the configuration. That password must meet the
 * same {@link PasswordPolicy} as every other one (a weak one creates nobody and the log says why), and the
 * administrator must change it at the first login, since IT has seen it. Remove the variable afterwards.</li>
 * </ul>
 * The demo users never have to change their password: the demo is meant to be opened with the documented ones.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@PermitAll
public class InitialUsers {

    static final String DEMO_PROPERTY = "kehu.demo-data";
    static final String ADMIN_PASSWORD_PROPERTY = "kehu.admin.initial-password";
    static final String ADMIN = "admin";
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
        // Read at each start, never kept: WildFly resolves an expression (e.g. an encrypted one) in the property.
        String password = System.getProperty(ADMIN_PASSWORD_PROPERTY);
        Optional<String> refusal = refusal(password);
        if (refusal.isPresent()) {
            LOG.severe(refusal.get());
            return;
        }
        create("admin", "系统管理员 Administrator", password, Role.ADMIN).requirePasswordChange();
        LOG.warning("Kehu CRM administrator 'admin' created; the password must be changed at the first login. Remove "
                + "the property " + ADMIN_PASSWORD_PROPERTY + " from the server configuration.");
    }

    /**
     * Why {@code password} cannot become the first administrator's, as a message for the server log (it never
     * contains the password), or empty when it can.
     */
    static Optional<String> refusal(String password) {
        if (password == null || password.isBlank()) {
            return Optional.of("Kehu CRM has no user yet. Set the server property " + ADMIN_PASSWORD_PROPERTY
                    + " and restart to create the administrator 'admin' (" + PasswordPolicy.RULES + ").");
        }
        try {
            PasswordPolicy.check(ADMIN_PASSWORD_PROPERTY, ADMIN, password);
            return Optional.empty();
        } catch (BusinessException weak) {
            return Optional.of("Kehu CRM has no user yet: the server property " + ADMIN_PASSWORD_PROPERTY
                    + " does not meet the password policy (" + PasswordPolicy.explain(weak.getKey())
                    + "), so the administrator '" + ADMIN + "' was not created. " + capitalized(PasswordPolicy.RULES)
                    + " ('" + ADMIN + "'). Set a password that meets it and restart.");
        }
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private User create(String username, String displayName, String password, String roleCode) {
        User user = new User(username, displayName, PasswordHasher.hash(password));
        user.getRoles().add(em.createNamedQuery(Role.BY_CODE, Role.class).setParameter("code", roleCode).getSingleResult());
        em.persist(user);
        return user;
    }
}
