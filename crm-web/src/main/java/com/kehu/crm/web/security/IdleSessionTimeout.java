package com.kehu.crm.web.security;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.logging.Logger;

/**
 * Gives every new session the idle timeout that IT configured: the server property {@value #PROPERTY} in minutes
 * (set by config/30-server.cli; {@value #DEFAULT_MINUTES} without it, as web.xml's session-timeout). Read at each
 * session's creation, so a changed value applies to the sessions created after it, without a restart. The page warns
 * before the session expires ({@link IdleWarningBacking}, the layout's idle monitor).
 */
@WebListener
public class IdleSessionTimeout implements HttpSessionListener {

    static final String PROPERTY = "kehu.session.idle-timeout";
    static final int DEFAULT_MINUTES = 30;
    private static final Logger LOG = Logger.getLogger(IdleSessionTimeout.class.getName());

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(minutes() * 60);
    }

    /** The configured minutes; a value that is not a whole number of at least one minute falls back to the default. */
    static int minutes() {
        String value = System.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            return DEFAULT_MINUTES;
        }
        try {
            int minutes = Integer.parseInt(value.strip());
            if (minutes >= 1) {
                return minutes;
            }
        } catch (NumberFormatException e) {
            // logged below
        }
        LOG.warning(() -> "The server property " + PROPERTY + " must be a whole number of minutes (at least 1), not '"
                + value + "': sessions expire after " + DEFAULT_MINUTES + " idle minutes.");
        return DEFAULT_MINUTES;
    }
}
