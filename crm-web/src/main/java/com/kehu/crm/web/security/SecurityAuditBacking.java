package com.kehu.crm.web.security;

import com.kehu.crm.security.boundary.SecurityAudit;
import com.kehu.crm.security.dto.ChainVerification;
import com.kehu.crm.security.dto.SecurityEventCriteria;
import com.kehu.crm.security.dto.SecurityEventRow;
import com.kehu.crm.security.entity.SecurityEventType;
import com.kehu.crm.security.entity.SecurityOutcome;
import com.kehu.crm.web.common.ExportOptions;
import com.kehu.crm.web.common.FacesMessages;
import com.kehu.crm.web.common.LazyRows;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.ActionEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.util.Components;
import org.primefaces.component.datatable.DataTable;

/**
 * The security audit page (安全审计): the trail, newest first, filtered by period, user, event type, outcome and
 * client address, paged and counted by the database; and the verification of its hash chain.
 */
@Named
@ViewScoped
public class SecurityAuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SecurityAudit audit;

    private SecurityEventCriteria criteria = new SecurityEventCriteria();
    private LazyRows<SecurityEventRow> events;
    private ChainVerification verification;

    @PostConstruct
    void init() {
        events = new LazyRows<>(filters -> audit.count(criteria.copy()),
                (filters, offset, limit, sort) -> audit.search(criteria.copy(), offset, limit, sort),
                SecurityEventRow::id);
        verification = audit.verify();
    }

    /** New search: back to the first page. */
    public void search() {
        DataTable table = Components.findComponent("f:events");
        table.setFirst(0);
        events.recount();
    }

    public void reset() {
        criteria = new SecurityEventCriteria();
        search();
    }

    /** The verify button: checks the whole chain again. */
    public void verify() {
        verification = audit.verify();
        if (verification.intact()) {
            FacesMessages.info("security_audit.message.intact", verification.checked());
        } else {
            FacesMessages.error("security_audit.message.broken", verification.firstBrokenId());
        }
    }

    /** Before an export: at most {@link ExportOptions#MAX_ROWS} rows, and the export itself is audited. */
    public void checkExport(ActionEvent event) {
        long count = audit.count(criteria.copy());
        if (count > ExportOptions.MAX_ROWS) {
            FacesMessages.error("security_audit.error.exportTooLarge", count, ExportOptions.MAX_ROWS);
            throw new AbortProcessingException("export of " + count + " rows refused");
        }
        audit.recordExport("security-audit", ExportOptions.format(event), count, null);
    }

    public SecurityEventCriteria getCriteria() {
        return criteria;
    }

    public LazyRows<SecurityEventRow> getEvents() {
        return events;
    }

    public ChainVerification getVerification() {
        return verification;
    }

    public SecurityEventType[] getTypes() {
        return SecurityEventType.values();
    }

    public SecurityOutcome[] getOutcomes() {
        return SecurityOutcome.values();
    }
}
