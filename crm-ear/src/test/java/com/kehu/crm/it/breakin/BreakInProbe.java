package com.kehu.crm.it.breakin;

import com.kehu.crm.churn.entity.ChurnWarning;
import com.kehu.crm.customer.boundary.DocumentService;
import com.kehu.crm.customer.control.DocumentSettings;
import com.kehu.crm.customer.entity.Customer;
import com.kehu.crm.it.Identities;
import com.kehu.crm.opportunity.boundary.OpportunityService;
import com.kehu.crm.opportunity.entity.Opportunity;
import com.kehu.crm.security.boundary.AccountService;
import com.kehu.crm.security.boundary.UserService;
import com.kehu.crm.security.entity.Role;
import com.kehu.crm.security.entity.User;
import com.kehu.crm.support.boundary.SupportService;
import com.kehu.crm.support.dto.RequestForm;
import com.kehu.crm.support.dto.RequestRef;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The break-in suite's eyes inside the server, deployed only with the tests (never in the application): reads the
 * database ({@code ?sql=SELECT ...}, one row a line, columns separated by tabs), and prepares a victim's records through
 * the real business tier as the victim would have made them ({@code ?op=...}). The attacks themselves go through HTTP
 * and the browser, like an attacker's.
 */
@WebServlet("/breakin-probe")
public class BreakInProbe extends HttpServlet {

    /** The password of the users the probe creates (meets the password policy). */
    public static final String PASSWORD = "Kehu#Probe-2026-xq";

    @PersistenceContext(unitName = "crm")
    private EntityManager em;
    @Resource
    private UserTransaction tx;
    @EJB
    private UserService users;
    @EJB
    private AccountService account;
    @EJB
    private DocumentService documents;
    @EJB
    private OpportunityService opportunities;
    @EJB
    private SupportService support;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        try {
            String answer;
            String sql = request.getParameter("sql");
            if (sql != null) {
                if (!sql.trim().toUpperCase(Locale.ROOT).startsWith("SELECT")) {
                    throw new IllegalArgumentException("only SELECT");
                }
                List<?> rows = em.createNativeQuery(sql).getResultList();
                answer = rows.stream().map(BreakInProbe::line).collect(Collectors.joining("\n"));
            } else {
                answer = switch (request.getParameter("op")) {
                    case "user" -> newUser(request.getParameter("role"));
                    case "document" -> String.valueOf(document(Long.parseLong(request.getParameter("customer")),
                            request.getParameter("as")));
                    case "opportunity" -> String.valueOf(opportunity(request.getParameter("to")));
                    case "request" -> String.valueOf(serviceRequest(Long.parseLong(request.getParameter("customer")),
                            request.getParameter("to")));
                    case "warning" -> String.valueOf(warning(Long.parseLong(request.getParameter("customer"))));
                    case "maxsize" -> String.valueOf(DocumentSettings.limits().maxSize());
                    default -> throw new IllegalArgumentException("unknown op");
                };
            }
            response.getOutputStream().write(answer.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            response.setStatus(500);
            response.getOutputStream().write(String.valueOf(e).getBytes(StandardCharsets.UTF_8));
            log("break-in probe", e);
        }
    }

    private static String line(Object row) {
        if (row instanceof Object[] columns) {
            return java.util.Arrays.stream(columns).map(String::valueOf).collect(Collectors.joining("\t"));
        }
        return String.valueOf(row);
    }

    private String newUser(String roleCode) throws Exception {
        String name = "bi-" + UUID.randomUUID().toString().substring(0, 8);
        User form = new User();
        form.setUsername(name);
        form.setDisplayName("入侵测试 " + name);
        long roleId = em.createNamedQuery(Role.BY_CODE, Role.class).setParameter("code", roleCode).getSingleResult().getId();
        String initial = PASSWORD + "-init";
        Identities.as("admin", () -> users.create(form, new HashSet<>(Set.of(roleId)), initial));
        // The user's own password: nothing left to change at the first login, whatever the policy for created users.
        Identities.as(name, initial, () -> {
            account.changeMyPassword(initial, PASSWORD);
            return null;
        });
        return name;
    }

    private long document(long customerId, String owner) throws Exception {
        byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        return Identities.as(owner, () -> documents.upload(customerId, "victim-contract.pdf", "application/pdf", pdf)).id();
    }

    /** An opportunity assigned to {@code assignee}, created and assigned by the supervisor. */
    private long opportunity(String assignee) throws Exception {
        Opportunity form = new Opportunity();
        form.setCustomerName("受害者机会 " + UUID.randomUUID().toString().substring(0, 6));
        form.setProbability(50);
        form.setSummary("IDOR target");
        form.setDescription("An opportunity another manager must not change.");
        Opportunity created = Identities.as("super", () -> opportunities.create(form));
        long managerId = userId(assignee);
        Identities.as("super", () -> opportunities.assign(created.getId(), created.getVersion(), managerId));
        return created.getId();
    }

    /** A service request assigned to {@code assignee}. */
    private long serviceRequest(long customerId, String assignee) throws Exception {
        RequestForm form = new RequestForm();
        form.setCustomerId(customerId);
        form.setType(em.createNativeQuery("SELECT ITEM_VALUE FROM BAS_DICT_ENTRY WHERE DICT_TYPE = 'SERVICE_TYPE'")
                .getResultList().get(0).toString());
        form.setSummary("IDOR target");
        form.setRequestText("A request another manager must not handle.");
        long id = Identities.as("super", () -> support.create(form));
        long version = ((Number) em.createNativeQuery("SELECT VERSION FROM SUP_REQUEST WHERE ID = ?1")
                .setParameter(1, id).getSingleResult()).longValue();
        long managerId = userId(assignee);
        Identities.as("super", () -> support.assign(List.of(new RequestRef(id, version)), managerId));
        return id;
    }

    /** An open churn warning for the customer (as the weekly check would raise it). */
    private long warning(long customerId) throws Exception {
        tx.begin();
        try {
            ChurnWarning warning = new ChurnWarning(em.find(Customer.class, customerId), LocalDate.now().minusMonths(8));
            em.persist(warning);
            em.flush();
            tx.commit();
            return warning.getId();
        } catch (Exception e) {
            tx.rollback();
            throw e;
        }
    }

    private long userId(String username) {
        return em.createNamedQuery(User.BY_USERNAME, User.class).setParameter("username", username)
                .getSingleResult().getId();
    }
}
