package com.kehu.crm.web.sales;

import com.kehu.crm.common.boundary.BusinessException;
import com.kehu.crm.common.dto.JobProgress;
import com.kehu.crm.sales.boundary.SalesFileImportService;
import com.kehu.crm.sales.dto.CsvKind;
import com.kehu.crm.sales.dto.ImportJobRow;
import com.kehu.crm.sales.dto.RefusedRow;
import com.kehu.crm.web.common.FacesMessages;
import com.kehu.crm.web.common.JobPage;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.file.UploadedFile;

/**
 * The sales data import page (数据导入, {@code /sales/import.xhtml}): choose what the file holds, upload it (CSV in
 * UTF-8 or GBK, or Excel), follow the job with the shared progress component (stop, restart from the last chunk),
 * then read the refused rows and download them as a file to correct and import again. The page reads the import's
 * record, so it may be reloaded or opened on another server without losing track.
 */
@Named
@ViewScoped
public class SalesImportBacking implements JobPage, Serializable {

    private static final long serialVersionUID = 1L;
    private static final int RECENT = 10;
    /** The upload limit of the page (the server accepts 110 MB request bodies, see config/30-server.cli). */
    public static final long MAX_SIZE = 100L * 1024 * 1024;

    @EJB
    private SalesFileImportService imports;

    private CsvKind kind = CsvKind.PRODUCTS;
    private ImportJobRow current;
    private List<ImportJobRow> recent;
    private long refusedCount;
    private final Refusals refusals = new Refusals();

    @PostConstruct
    void init() {
        recent = imports.recent(RECENT);
        if (!recent.isEmpty() && recent.get(0).running()) {
            follow(recent.get(0));
        }
    }

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try (InputStream in = file.getInputStream()) {
            long id = imports.start(kind, file.getFileName(), in,
                    FacesContext.getCurrentInstance().getViewRoot().getLocale());
            follow(imports.get(id));
            recent = imports.recent(RECENT);
            if (current.running()) {
                FacesMessages.info("import.message.started", current.fileName());
            } else {
                finished();
            }
        } catch (BusinessException e) {
            FacesMessages.error(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void poll() {
        if (current == null) {
            return;
        }
        follow(imports.get(current.id()));
        if (!current.running()) {
            recent = imports.recent(RECENT);
            finished();
        }
    }

    /** A small file is written before the page answers: then no poll follows, and the upload says it is done. */
    private void finished() {
        FacesMessages.info("import.message.finished", current.fileName(), current.created(), current.updated(),
                current.unchanged(), current.failedRows());
    }

    @Override
    public void stop() {
        if (current != null) {
            imports.stop(current.id());
            FacesMessages.info("job.message.stopping");
        }
    }

    @Override
    public void restart(long id) {
        try {
            imports.restart(id);
            follow(imports.get(id));
            recent = imports.recent(RECENT);
            FacesMessages.info("job.message.restarted");
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
    }

    @Override
    public void show(long id) {
        follow(imports.get(id));
    }

    /** The refused rows as a CSV file in the file's columns with a reason column: corrected, it is imported again. */
    public void downloadRefusedRows() throws IOException {
        long id = current.id();
        Faces.sendFile("refused-rows-" + id + ".csv", true, out -> imports.writeRefusedRows(id, out));
    }

    @Override
    public JobProgress getProgress() {
        return current == null ? null : current.progress();
    }

    @Override
    public List<JobProgress> getRuns() {
        return recent.stream().map(ImportJobRow::progress).toList();
    }

    public boolean isRunning() {
        return current != null && current.running();
    }

    /** How many refused fields the followed import has (listed once it no longer runs). */
    public long getRefusedCount() {
        return refusedCount;
    }

    private void follow(ImportJobRow run) {
        current = run;
        refusedCount = run == null || run.running() ? 0 : imports.countRefusals(run.id());
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

    public LazyDataModel<RefusedRow> getRefusals() {
        return refusals;
    }

    /** The followed import's refused fields, a page at a time (there may be many). */
    private final class Refusals extends LazyDataModel<RefusedRow> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return current == null ? 0 : (int) imports.countRefusals(current.id());
        }

        @Override
        public List<RefusedRow> load(int first, int pageSize, Map<String, SortMeta> sort,
                                     Map<String, FilterMeta> filters) {
            return current == null ? List.of() : imports.refusals(current.id(), first, pageSize);
        }

        @Override
        public String getRowKey(RefusedRow row) {
            return row.row() + ":" + row.field();
        }
    }
}
