package com.kehu.crm.web.sales;

import com.kehu.crm.sales.boundary.SalesFileImportService;
import com.kehu.crm.sales.boundary.SalesImportException;
import com.kehu.crm.sales.dto.CsvKind;
import com.kehu.crm.sales.dto.FieldError;
import com.kehu.crm.sales.dto.ImportJobRow;
import com.kehu.crm.web.common.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The sales data import page (数据导入, {@code /sales/import.xhtml}): choose what the file holds, upload it, watch the
 * progress bar while it is written in the background, then read the refused rows by row number. The page polls the
 * import's record, so it may be reloaded or opened on another server without losing track.
 */
@Named
@ViewScoped
public class SalesImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int RECENT = 10;
    /** The upload limit of the page (the server accepts 110 MB request bodies, see config/30-server.cli). */
    public static final long MAX_SIZE = 100L * 1024 * 1024;

    @EJB
    private SalesFileImportService imports;

    private CsvKind kind = CsvKind.PRODUCTS;
    private ImportJobRow current;
    private List<String[]> errors = List.of();
    private List<ImportJobRow> recent;

    @PostConstruct
    void init() {
        recent = imports.recent(RECENT);
        if (!recent.isEmpty() && recent.get(0).running()) {
            current = recent.get(0);
        }
    }

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        String csv = new String(file.getContent(), StandardCharsets.UTF_8);
        try {
            long id = imports.start(kind, file.getFileName(), csv,
                    FacesContext.getCurrentInstance().getViewRoot().getLocale());
            current = imports.get(id);
            errors = List.of();
            recent = imports.recent(RECENT);
            FacesMessages.info("import.message.started", current.fileName(), current.totalRows());
        } catch (SalesImportException e) {
            for (FieldError error : e.getErrors()) {
                FacesMessages.error("import.error.file", error.toString());
            }
        }
    }

    /** Called by the page's poll while an import runs; loads the refused rows once it is over. */
    public void refresh() {
        if (current == null) {
            return;
        }
        current = imports.get(current.id());
        if (!current.running()) {
            errors = imports.errors(current.id()).stream().map(line -> line.split("\t", 3)).toList();
            recent = imports.recent(RECENT);
            FacesMessages.info("import.message.finished", current.fileName(), current.created(), current.updated(),
                    current.unchanged(), current.failedRows());
        }
    }

    /** Shows an earlier import's figures and refused rows. */
    public void show(long id) {
        current = imports.get(id);
        errors = current.running() ? List.of()
                : imports.errors(id).stream().map(line -> line.split("\t", 3)).toList();
    }

    public boolean isRunning() {
        return current != null && current.running();
    }

    public CsvKind[] getKinds() {
        return CsvKind.values();
    }

    public String getColumns() {
        return String.join(",", kind.columns());
    }

    public long getMaxSize() {
        return MAX_SIZE;
    }

    public CsvKind getKind() {
        return kind;
    }

    public void setKind(CsvKind kind) {
        this.kind = kind;
    }

    public ImportJobRow getCurrent() {
        return current;
    }

    public List<String[]> getErrors() {
        return errors;
    }

    public List<ImportJobRow> getRecent() {
        return recent;
    }
}
