package com.kehu.crm.sales.boundary;

import com.kehu.crm.common.boundary.NotFoundException;
import com.kehu.crm.common.control.RunMetrics;
import com.kehu.crm.sales.control.CsvRows;
import com.kehu.crm.sales.dto.CsvChunkResult;
import com.kehu.crm.sales.dto.CsvKind;
import com.kehu.crm.sales.dto.FieldError;
import com.kehu.crm.sales.dto.ImportJobRow;
import com.kehu.crm.sales.entity.ImportJob;
import com.kehu.crm.sales.entity.ImportJobStatus;
import com.kehu.crm.security.entity.Rights;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The first load of the sales system's data from large CSV files (数据导入), on the import page. Unlike the REST
 * interface's files (one transaction, at most {@value SalesImportService#MAX_CSV_ROWS} rows), a file here may hold a
 * million rows: it is written in the background in chunks of about {@value #CHUNK_ROWS} rows, each its own
 * transaction, and its progress is kept in the database for the page to poll. Bad rows are skipped and listed by row
 * number; since every row is a create-or-update keyed by the sales system's id, importing the corrected file again
 * adds nothing twice.
 */
@Stateless
@RolesAllowed(Rights.SALES_IMPORT)
public class SalesFileImportService {

    public static final int CHUNK_ROWS = 500;
    public static final int MAX_ROWS = 1_000_000;
    /** The imports' metric (by kind and outcome), see {@link RunMetrics}. */
    public static final String RUNS_METRIC = "kehu.sales.import.runs";
    private static final Logger LOG = Logger.getLogger(SalesFileImportService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private SalesImportService imports;

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    @Inject
    private RunMetrics metrics;

    /**
     * Checks the file's header and size (a wrong file is refused at once with a {@link SalesImportException}),
     * records the import and starts it in the background; returns the import's id for the page to follow.
     */
    @RolesAllowed(Rights.SALES_IMPORT)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long start(CsvKind kind, String fileName, String csv, Locale locale) {
        List<List<String>> rows = imports.checkedRows(kind, csv, MAX_ROWS, locale);
        SalesFileImportService self = context.getBusinessObject(SalesFileImportService.class);
        long id = self.create(kind, fileName, rows.size() - 1);
        self.run(id, kind, rows, locale);
        return id;
    }

    /** Records a new import; its own transaction, committed before the background work looks for it. */
    @RolesAllowed(Rights.SALES_IMPORT)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long create(CsvKind kind, String fileName, int rows) {
        String name = fileName == null || fileName.isBlank() ? kind.name().toLowerCase(Locale.ROOT) + ".csv" : fileName;
        ImportJob job = new ImportJob(kind.name(), name.length() > 200 ? name.substring(name.length() - 200) : name,
                rows);
        em.persist(job);
        em.flush();
        return job.getId();
    }

    /** Writes the file chunk by chunk, recording the progress after each; runs with the starting user's identity. */
    @Asynchronous
    @RolesAllowed(Rights.SALES_IMPORT)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run(long id, CsvKind kind, List<List<String>> rows, Locale locale) {
        SalesFileImportService self = context.getBusinessObject(SalesFileImportService.class);
        long started = System.nanoTime();
        ImportJobStatus outcome = ImportJobStatus.FAILED;
        try {
            int from = 1;
            while (from < rows.size()) {
                int to = CsvRows.chunkEnd(kind, rows, from, CHUNK_ROWS);
                self.progress(id, to - from, imports.importChunk(kind, rows, from, to, locale));
                from = to;
            }
            outcome = ImportJobStatus.DONE;
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Kehu CRM import " + id + " stopped", e);
        }
        // Measured before the job shows as finished, so that whoever saw it finished also finds it counted.
        metrics.finished(RUNS_METRIC, outcome, Duration.ofNanos(System.nanoTime() - started),
                "kind", kind.name().toLowerCase(Locale.ROOT));
        self.finish(id, outcome);
    }

    @RolesAllowed(Rights.SALES_IMPORT)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void progress(long id, int rows, CsvChunkResult chunk) {
        job(id).progress(rows, chunk.counts().created(), chunk.counts().updated(), chunk.counts().unchanged(),
                (int) chunk.failedRows(), chunk.errors().stream()
                        .map(e -> e.row() + "\t" + field(e) + "\t" + e.message().replace('\n', ' ')).toList());
    }

    @RolesAllowed(Rights.SALES_IMPORT)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finish(long id, ImportJobStatus status) {
        job(id).finish(status, LocalDateTime.now(clock));
    }

    @RolesAllowed(Rights.SALES_IMPORT)
    public ImportJobRow get(long id) {
        List<ImportJobRow> found = em.createQuery(ROW + " WHERE j.id = :id", ImportJobRow.class)
                .setParameter("id", id).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
        return found.get(0);
    }

    /** The latest imports, newest first. */
    @RolesAllowed(Rights.SALES_IMPORT)
    public List<ImportJobRow> recent(int max) {
        return em.createQuery(ROW + " ORDER BY j.id DESC", ImportJobRow.class).setMaxResults(max).getResultList();
    }

    /** The refused rows of an import: row number, field and reason, tab-separated, one per line. */
    @RolesAllowed(Rights.SALES_IMPORT)
    public List<String> errors(long id) {
        String errors = job(id).getErrors();
        return errors == null ? List.of() : errors.lines().toList();
    }

    private static final String ROW = "SELECT NEW com.kehu.crm.sales.dto.ImportJobRow(j.id, j.kind, j.fileName, "
            + "j.status, j.totalRows, j.processedRows, j.createdCount, j.updatedCount, j.unchangedCount, j.failedRows, "
            + "j.createdBy, j.createdAt, j.finishedAt) FROM ImportJob j";

    private ImportJob job(long id) {
        ImportJob job = em.find(ImportJob.class, id);
        if (job == null) {
            throw new NotFoundException();
        }
        return job;
    }

    /** The field part of {@code row[N].field} ({@code lines[k]} of an order are rows of their own already). */
    private static String field(FieldError error) {
        String field = error.field() == null ? "" : error.field();
        int dot = field.indexOf("].");
        return dot < 0 ? "" : field.substring(dot + 2);
    }
}
