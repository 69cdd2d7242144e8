package com.kehu.crm.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;

/**
 * The idle-session warning of the layout: when the warning appears (the idle monitor's timeout) and how long before
 * the session expires, from the current session's own timeout ({@link IdleSessionTimeout}), so that page and server
 * agree. The warning comes {@value #WARNING_SECONDS} seconds before expiry, or halfway for a timeout shorter than
 * twice that. "Continue" calls {@link #keepAlive()}: the request itself keeps the session.
 */
@Named
@RequestScoped
public class IdleWarningBacking {

    static final int WARNING_SECONDS = 120;

    private int timeoutSeconds;
    private int warningSeconds;
    private long warningDelayMillis;

    @PostConstruct
    void init() {
        HttpSession session = (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(false);
        timeoutSeconds = session == null || session.getMaxInactiveInterval() <= 0
                ? IdleSessionTimeout.minutes() * 60 : session.getMaxInactiveInterval();
        warningSeconds = warningSeconds(timeoutSeconds);
        warningDelayMillis = (timeoutSeconds - warningSeconds) * 1000L;
    }

    static int warningSeconds(int timeoutSeconds) {
        return Math.min(WARNING_SECONDS, timeoutSeconds / 2);
    }

    /** "Continue": nothing to do, reaching the server was the point. */
    public void keepAlive() {
        // The request has renewed the session's idle time.
    }

    public int getTimeoutSeconds() {
        return timeoutSeconds;
    }

    public int getWarningSeconds() {
        return warningSeconds;
    }

    /** The idle monitor's timeout: user inactivity after which the warning appears. */
    public long getWarningDelayMillis() {
        return warningDelayMillis;
    }
}
