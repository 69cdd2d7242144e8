package com.kehu.crm.sales.boundary;

import com.kehu.crm.common.boundary.BusinessException;
import com.kehu.crm.common.boundary.NotFoundException;
import com.kehu.crm.common.control.BatchJobs;
import com.kehu.crm.sales.control.ImportFiles;
import com.kehu.crm.sales.control.ImportRuns;
import com.kehu.crm.sales.control.SalesFileReader;
import com.kehu.crm.sales.dto.CsvKind;
import com.kehu.crm.sales.dto.ImportJobRow;
import com.kehu.crm.sales.dto.RefusedRow;
import com.kehu.crm.sales.entity.ImportJob;
import com.kehu.crm.sales.entity.ImportJobStatus;
import com.kehu.crm.security.entity.Rights;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The first load of the sales system's data from large files (数据导入, CSV or Excel), on the import page and over
 * REST. A file may hold a million rows: it is stored in the database as it is uploaded, then written by the Jakarta
 * Batch job {@code sales-import} in chunks, each one transaction with its checkpoint. A job stopped by the user or
 * interrupted by a crash goes on from its last chunk when restarted. Bad rows are skipped and kept row by row; the
 * bad-rows download is a file in the same columns, with a reason column, that the user corrects and imports again
 * (every record is a create-or-update keyed by the sales system's id, so nothing is added twice).
 */
@Stateless
@RolesAllowed(Rights.SALES_IMPORT)
public class SalesFileImportService {

    public static final String JOB = "sales-import";
    /** The imports' metric (by kind and outcome). */
    public static final String RUNS_METRIC = ImportRuns.RUNS_METRIC;
    /** The header of the reason column of the bad-rows download (ignored when the file is imported again). */
    public static final String REASON_COLUMN = "reason";

    @PersistenceContext
    private EntityManager em;
    @EJB
    private ImportFiles files;
    @EJB
    private BatchJobs jobs;
    @Resource
    private SessionContext context;

    /**
     * Stores the file, checks its encoding and header (a wrong file is refused at once, with a
     * {@link BusinessException} in the user's language, and nothing is kept) and starts the job; returns the import's
     * id for the page to follow. The user who started it is the import's creator.
     */
    @RolesAllowed(Rights.SALES_IMPORT)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long start(CsvKind kind, String fileName, InputStream file, Locale locale) {
        SalesFileImportService self = context.getBusinessObject(SalesFileImportService.class);
        long id = self.store(kind, fileName, file, locale);
        try (SalesFileReader reader = SalesFileReader.open(kind, files.open(id), fileName)) {
            if (!reader.iterator().hasNext()) {
                throw new BusinessException("sales.file.empty");
            }
        } catch (BusinessException e) {
            self.discard(id);
            throw e;
        } catch (IOException e) {
            self.discard(id);
            throw new UncheckedIOException(e);
        }
        jobs.start(JOB, parameters(id));
        return id;
    }

    /** Records a new import with its file; its own transaction, committed before the job looks for it. */
    @RolesAllowed(Rights.SALES_IMPORT)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long store(CsvKind kind, String fileName, InputStream file, Locale locale) {
        String name = fileName == null || fileName.isBlank() ? kind.name().toLowerCase(Locale.ROOT) + ".csv" : fileName;
        ImportJob job = new ImportJob(kind.name(), name.length() > 200 ? name.substring(name.length() - 200) : name,
                0, locale.toLanguageTag());
        em.persist(job);
        em.flush();
        long id = job.getId();
        try {
            long size = files.store(id, file);
            em.createQuery("UPDATE ImportJob j SET j.fileSize = :size WHERE j.id = :id")
                    .setParameter("size", size).setParameter("id", id).executeUpdate();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return id;
    }

    /** Removes an import whose file was refused (its parts and refusals go with it). */
    @RolesAllowed(Rights.SALES_IMPORT)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void discard(long id) {
        em.createQuery("DELETE FROM ImportFilePart p WHERE p.importId = :id").setParameter("id", id).executeUpdate();
        em.createQuery("DELETE FROM ImportRefusal r WHERE r.importId = :id").setParameter("id", id).executeUpdate();
        em.createQuery("DELETE FROM ImportJob j WHERE j.id = :id").setParameter("id", id).executeUpdate();
    }

    /** Goes on with a stopped or failed import from its last chunk written. */
    @RolesAllowed(Rights.SALES_IMPORT)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void restart(long id) {
        ImportJobRow row = get(id);
        if (!row.restartable()) {
            throw new BusinessException("import.error.notRestartable");
        }
        Long execution = job(id).getJobExecutionId();
        if (execution == null) {
            // Its job never started (its server died in between): start it now; it reads the stored file.
            jobs.start(JOB, parameters(id));
        } else {
            jobs.restart(execution, parameters(id));
        }
    }

    /** Asks a running import to stop after its current chunk; it can be restarted later. */
    @RolesAllowed(Rights.SALES_IMPORT)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void stop(long id) {
        ImportJob job = job(id);
        if (job.getStatus() == ImportJobStatus.RUNNING && job.getJobExecutionId() != null) {
            jobs.stop(job.getJobExecutionId());
        }
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

    /** How many refused fields an import has. */
    @RolesAllowed(Rights.SALES_IMPORT)
    public long countRefusals(long id) {
        return em.createQuery("SELECT COUNT(r) FROM ImportRefusal r WHERE r.importId = :id", Long.class)
                .setParameter("id", id).getSingleResult();
    }

    /** A page of an import's refused fields, by row number. */
    @RolesAllowed(Rights.SALES_IMPORT)
    public List<RefusedRow> refusals(long id, int first, int max) {
        return em.createQuery("SELECT NEW com.kehu.crm.sales.dto.RefusedRow(r.rowNo, r.field, r.value, r.reason) "
                        + "FROM ImportRefusal r WHERE r.importId = :id ORDER BY r.rowNo, r.id", RefusedRow.class)
                .setParameter("id", id).setFirstResult(first).setMaxResults(max).getResultList();
    }

    /**
     * The refused rows as a CSV file (UTF-8 with a byte order mark, which Excel needs to show Chinese): the kind's
     * columns with the row's values as they were in the file, then the row's number and its reasons. Corrected, it
     * is imported again as it is (the two extra columns are ignored). Written as it is read, page by page.
     */
    @RolesAllowed(Rights.SALES_IMPORT)
    public void writeRefusedRows(long id, OutputStream out) {
        CsvKind kind = CsvKind.valueOf(job(id).getKind());
        List<String> header = new ArrayList<>(kind.columns());
        header.add("row");
        header.add(REASON_COLUMN);
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
            printer.printRecord(header);
            long row = -1;
            List<String> values = null;
            StringBuilder reasons = new StringBuilder();
            int first = 0;
            List<Object[]> page;
            do {
                page = em.createQuery("SELECT r.rowNo, r.rowValues, r.field, r.reason FROM ImportRefusal r "
                                + "WHERE r.importId = :id ORDER BY r.rowNo, r.id", Object[].class)
                        .setParameter("id", id).setFirstResult(first).setMaxResults(1000).getResultList();
                first += page.size();
                for (Object[] r : page) {
                    long rowNo = ((Number) r[0]).longValue();
                    if (rowNo != row) {
                        print(printer, values, row, reasons, kind);
                        row = rowNo;
                        values = parse((String) r[1]);
                        reasons.setLength(0);
                    }
                    String field = (String) r[2];
                    reasons.append(reasons.isEmpty() ? "" : "; ")
                            .append(field == null || field.isEmpty() ? "" : field + ": ").append(r[3]);
                }
                em.clear();
            } while (page.size() == 1000);
            print(printer, values, row, reasons, kind);
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void print(CSVPrinter printer, List<String> values, long row, StringBuilder reasons, CsvKind kind)
            throws IOException {
        if (row < 0) {
            return;
        }
        List<String> record = new ArrayList<>(values == null ? List.of() : values);
        while (record.size() < kind.columns().size()) {
            record.add("");
        }
        record.add(String.valueOf(row));
        record.add(reasons.toString());
        printer.printRecord(record);
    }

    private static List<String> parse(String line) throws IOException {
        if (line == null) {
            return List.of();
        }
        try (CSVParser parser = CSVFormat.RFC4180.parse(new java.io.StringReader(line))) {
            List<CSVRecord> records = parser.getRecords();
            return records.isEmpty() ? List.of() : records.get(0).toList();
        }
    }

    private static Properties parameters(long id) {
        Properties parameters = new Properties();
        parameters.setProperty("importId", Long.toString(id));
        return parameters;
    }

    private static final String ROW = "SELECT NEW com.kehu.crm.sales.dto.ImportJobRow(j.id, j.kind, j.fileName, "
            + "j.status, j.totalRows, j.processedRows, j.createdCount, j.updatedCount, j.unchangedCount, j.failedRows, "
            + "j.createdBy, j.createdAt, j.finishedAt, j.fileSize, j.bytesRead, j.encoding) FROM ImportJob j";

    private ImportJob job(long id) {
        ImportJob job = em.find(ImportJob.class, id);
        if (job == null) {
            throw new NotFoundException();
        }
        return job;
    }
}
