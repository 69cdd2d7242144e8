package com.kehu.crm.report.control;

import com.kehu.crm.security.entity.Role;
import jakarta.ejb.EJBContext;

/**
 * Whose customers a report covers: executives, supervisors and administrators see all customers, anyone else (a
 * customer manager) only the customers they manage. Decided from the container's caller, so that a page cannot widen
 * it.
 */
public final class ReportScope {

    private ReportScope() {
    }

    public static boolean seesAll(EJBContext caller) {
        return caller.isCallerInRole(Role.EXECUTIVE) || caller.isCallerInRole(Role.SUPERVISOR)
                || caller.isCallerInRole(Role.ADMIN);
    }

    /** The user name a report is narrowed to (the manager's), or null for all customers. */
    public static String ownerOrAll(EJBContext caller) {
        return seesAll(caller) ? null : caller.getCallerPrincipal().getName();
    }
}
