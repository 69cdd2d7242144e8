package com.kehu.crm.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;

/**
 * A guard's note in the session that its check passed for the logged-in user, so that the business tier is asked once
 * per login and not on every request; forgotten at the next login (the user may have changed since).
 */
final class SessionClearance {

    private final String attribute;

    SessionClearance(Class<?> guard) {
        this.attribute = guard.getName() + ".cleared";
    }

    /** Whether the check passed for {@code user} in this session. */
    boolean holds(HttpServletRequest request, Principal user) {
        HttpSession session = request.getSession(false);
        return session != null && user.getName().equals(session.getAttribute(attribute));
    }

    /** Notes that the check passed for {@code user} (only in an existing session). */
    void grant(HttpServletRequest request, Principal user) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.setAttribute(attribute, user.getName());
        }
    }

    void forget(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(attribute);
        }
    }
}
