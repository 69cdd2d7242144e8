package com.kehu.crm.churn.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Tells each manager by e-mail which of their customers a run has warned about (the dashboard shows the same count).
 * The mail goes through the server's mail session (JNDI name in {@code kehu.mail.session}, default
 * {@value #DEFAULT_SESSION}, created by config/40-churn.cli); without one, or when the mail server refuses, the run
 * is not affected: it is logged and the dashboard still tells the managers.
 * <p>
 * Not a client view ({@code PermitAll}): only the check calls it.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ChurnNotifier {

    public static final String SESSION_PROPERTY = "kehu.mail.session";
    public static final String DEFAULT_SESSION = "java:jboss/mail/kehu";
    /** The most customers named in one mail; the rest are counted. */
    static final int MAX_NAMED = 20;
    private static final Logger LOG = Logger.getLogger(ChurnNotifier.class.getName());

    @PersistenceContext
    private EntityManager em;

    /** Sends one mail per manager with an e-mail address whose customers the run warned about; returns how many. */
    public int tellManagers(long runId) {
        List<Object[]> rows = em.createQuery("SELECT m.email, m.displayName, c.customerNo, c.name "
                        + "FROM ChurnWarning w JOIN w.customer c JOIN c.manager m "
                        + "WHERE w.runId = :run AND m.email IS NOT NULL ORDER BY m.email, c.name", Object[].class)
                .setParameter("run", runId).getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        Session session = session();
        if (session == null) {
            LOG.info(() -> "No mail session " + sessionName() + ": managers are told about run " + runId
                    + " on the dashboard only");
            return 0;
        }
        Map<String, List<Object[]>> byManager = new LinkedHashMap<>();
        rows.forEach(r -> byManager.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add(r));
        // Chinese, the company's language, whatever the server's default locale (no fall-back to it).
        ResourceBundle texts = ResourceBundle.getBundle("com.kehu.crm.churn.control.ChurnMail", Locale.SIMPLIFIED_CHINESE,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        int sent = 0;
        for (Map.Entry<String, List<Object[]>> manager : byManager.entrySet()) {
            try {
                send(session, manager.getKey(), texts, manager.getValue());
                sent++;
            } catch (MessagingException | RuntimeException e) {
                LOG.warning(() -> "Churn warning mail to " + manager.getKey() + " not sent: " + e);
            }
        }
        return sent;
    }

    private static void send(Session session, String to, ResourceBundle texts, List<Object[]> customers)
            throws MessagingException {
        StringBuilder body = new StringBuilder(MessageFormat.format(texts.getString("greeting"), customers.get(0)[1]))
                .append("\n\n").append(MessageFormat.format(texts.getString("intro"), customers.size())).append("\n\n");
        customers.stream().limit(MAX_NAMED).forEach(c -> body.append("  ").append(c[2]).append("  ").append(c[3])
                .append('\n'));
        if (customers.size() > MAX_NAMED) {
            body.append("  ").append(MessageFormat.format(texts.getString("more"), customers.size() - MAX_NAMED))
                    .append('\n');
        }
        body.append('\n').append(texts.getString("closing")).append('\n');
        MimeMessage message = new MimeMessage(session);
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(MessageFormat.format(texts.getString("subject"), customers.size()), "UTF-8");
        message.setText(body.toString(), "UTF-8");
        if (message.getFrom() == null) {
            message.setFrom();
        }
        Transport.send(message);
    }

    private static String sessionName() {
        return System.getProperty(SESSION_PROPERTY, DEFAULT_SESSION);
    }

    private static Session session() {
        try {
            return (Session) new InitialContext().lookup(sessionName());
        } catch (NamingException | ClassCastException e) {
            return null;
        }
    }
}
