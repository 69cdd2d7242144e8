package com.kehu.crm.web.common;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Error pages show an incident id instead of the error itself; the log has the id with the full stack trace, so
 * that IT can find it when a user calls.
 */
@Named
@RequestScoped
public class ErrorBacking {

    private static final Logger LOG = Logger.getLogger(ErrorBacking.class.getName());

    private String incidentId;

    @PostConstruct
    void init() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Object error = external.getRequestMap().get(RequestDispatcher.ERROR_EXCEPTION);
        if (error instanceof Throwable thrown) {
            incidentId = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
            LOG.log(Level.SEVERE, "Incident " + incidentId + " at "
                    + external.getRequestMap().get(RequestDispatcher.ERROR_REQUEST_URI), thrown);
        }
    }

    public String getIncidentId() {
        return incidentId;
    }
}
