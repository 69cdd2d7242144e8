package com.kehu.crm.common.entity;

import jakarta.ejb.EJBContext;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.security.Principal;
import java.time.LocalDateTime;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Stamps who created and last changed a record. The caller comes from the EJB context of the transaction, so that
 * a page, a REST call and a timer are all recorded the same way; work outside any caller is stamped "system".
 */
public class AuditStampListener {

    static final String SYSTEM = "system";

    @PrePersist
    void created(BaseEntity entity) {
        entity.stampCreated(caller(), LocalDateTime.now());
    }

    @PreUpdate
    void updated(BaseEntity entity) {
        entity.stampUpdated(caller(), LocalDateTime.now());
    }

    static String caller() {
        try {
            EJBContext context = (EJBContext) new InitialContext().lookup("java:comp/EJBContext");
            Principal principal = context.getCallerPrincipal();
            String name = principal == null ? null : principal.getName();
            return name == null || "anonymous".equals(name) ? SYSTEM : name;
        } catch (NamingException | IllegalStateException | ClassCastException e) {
            return SYSTEM;
        }
    }
}
