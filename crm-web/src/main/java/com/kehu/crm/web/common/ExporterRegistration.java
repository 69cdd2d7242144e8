package com.kehu.crm.web.common;

import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.Map;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.export.DataExporters;
import org.primefaces.context.PrimeApplicationContext;

/**
 * CSV exports of data tables go through {@link SafeCsvExporter} (faces-config.xml). PrimeFaces' exporter registry
 * lives in its application context, which PrimeFaces can only create during a request (at application start Undertow
 * refuses the servlet-context calls it makes), so the exporter is put in at the start of a request, once: afterwards
 * the check is one map lookup.
 */
public class ExporterRegistration implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public void beforePhase(PhaseEvent event) {
        Map<String, ?> tableExporters = PrimeApplicationContext.getCurrentInstance(event.getFacesContext())
                .getExporters().get(DataTable.class);
        if (tableExporters == null || tableExporters.get("csv") != SafeCsvExporter.class) {
            DataExporters.register(DataTable.class, SafeCsvExporter.class, "csv");
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing after
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }
}
