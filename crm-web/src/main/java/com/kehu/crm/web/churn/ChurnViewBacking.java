package com.kehu.crm.web.churn;

import com.kehu.crm.churn.boundary.ChurnService;
import com.kehu.crm.churn.dto.WarningDetail;
import com.kehu.crm.common.boundary.NotFoundException;
import com.kehu.crm.web.common.FacesMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * One churn warning: why it was raised, the measures recorded so far (newest first), and the manager's two
 * actions, defer with a measure (暂缓流失) and, after a deferral, confirm lost with a reason (确认流失). Each form
 * carries the version it was loaded with, so that a stale form is refused.
 */
@Named
@ViewScoped
public class ChurnViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ChurnService churnService;

    private Long id;
    private WarningDetail detail;
    private String measure;
    private String reason;

    /** f:viewAction: the warning of {@code ?id=}. */
    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        detail = churnService.detail(id);
    }

    public void defer() {
        detail = churnService.defer(id, detail.version(), measure);
        measure = null;
        FacesMessages.info("churn_view.message.deferred", detail.row().customerName());
    }

    public void confirmLost() {
        detail = churnService.confirmLost(id, detail.version(), reason);
        reason = null;
        FacesMessages.info("churn_view.message.lost", detail.row().customerName());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public WarningDetail getDetail() {
        return detail;
    }

    public String getMeasure() {
        return measure;
    }

    public void setMeasure(String measure) {
        this.measure = measure;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
