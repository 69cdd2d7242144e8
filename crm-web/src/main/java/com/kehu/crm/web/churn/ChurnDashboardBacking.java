package com.kehu.crm.web.churn;

import com.kehu.crm.churn.boundary.ChurnService;
import com.kehu.crm.security.entity.Rights;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** The home page's churn panel: how many open warnings wait for the user (their customers'; all for those who see all). */
@Named
@ViewScoped
public class ChurnDashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ChurnService churnService;

    private long openWarnings;

    @PostConstruct
    void init() {
        if (FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Rights.CHURN_VIEW)) {
            openWarnings = churnService.openCount();
        }
    }

    public long getOpenWarnings() {
        return openWarnings;
    }
}
