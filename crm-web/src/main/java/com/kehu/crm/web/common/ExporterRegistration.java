package com.kehu.crm.web.common;

import jakarta.faces.application.Application;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.export.DataExporters;

/**
 * At the start of the application (faces-config.xml, {@code PostConstructApplicationEvent}): CSV exports of data
 * tables go through {@link SafeCsvExporter}.
 */
public class ExporterRegistration implements SystemEventListener {

    @Override
    public void processEvent(SystemEvent event) {
        DataExporters.register(DataTable.class, SafeCsvExporter.class, "csv");
    }

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof Application;
    }
}
