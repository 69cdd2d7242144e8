package com.kehu.crm.sales.control;

import com.kehu.crm.common.control.BatchJobs;
import com.kehu.crm.common.control.ServerNode;
import com.kehu.crm.common.control.RunMetrics;
import com.kehu.crm.sales.dto.CsvKind;
import com.kehu.crm.sales.dto.Refusal;
import com.kehu.crm.sales.dto.RowsWritten;
import com.kehu.crm.sales.entity.ImportJob;
import com.kehu.crm.sales.entity.ImportJobStatus;
import com.kehu.crm.sales.entity.ImportRefusal;
import jakarta.annotation.security.PermitAll;
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

/**
 * The import job's record of its run (SALES_IMPORT_JOB and its refused rows), written by the job's artifacts. A
 * chunk's figures and refusals are written in the chunk's transaction ({@code MANDATORY}), together with the job's
 * checkpoint: a chunk is counted exactly once, also when a restarted job goes on after a crash.
 * <p>
 * Not a client view ({@code PermitAll}): only the import job calls it (it runs without a caller; whoever started it
 * was checked by {@code SalesFileImportService}).
 */
@Stateless
@PermitAll
public class ImportRuns {

    /** The imports' metric (by kind and outcome), see {@link RunMetrics}. */
    public static final String RUNS_METRIC = "kehu.sales.import.runs";

    @PersistenceContext
    private EntityManager em;
    @Inject
    private Clock clock;
    @Inject
    private RunMetrics metrics;

    /**
     * What the job's reader needs to know of its import: the file, the language of its refusals, and the rows of the
     * chunks already written (counted in their own transactions: where a restarted job goes on).
     */
    public record Source(CsvKind kind, String fileName, Locale locale, long rowsWritten) {
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Source source(long importId) {
        ImportJob job = em.find(ImportJob.class, importId);
        return new Source(CsvKind.valueOf(job.getKind()), job.getFileName(), Locale.forLanguageTag(job.getLocale()),
                job.getProcessedRows());
    }

    /** The job (re)starts on this server. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void started(long importId, long executionId) {
        em.find(ImportJob.class, importId).running(executionId, ServerNode.name());
    }

    /** The reader found the file's encoding. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void readAs(long importId, String encoding) {
        em.find(ImportJob.class, importId).readAs(encoding);
    }

    /** One chunk written: its figures and refused rows, in the chunk's transaction. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void chunkWritten(long importId, RowsWritten written, long bytesRead) {
        em.find(ImportJob.class, importId).progress(written.rows(), written.created(), written.updated(),
                written.unchanged(), written.refusedRows(), bytesRead);
        for (Refusal refusal : written.refusals()) {
            em.persist(new ImportRefusal(importId, refusal.line(), refusal.field(), refusal.value(), refusal.reason(),
                    RowText.csvLine(refusal.row())));
        }
    }

    /** The file itself was refused part-way (a change of encoding): kept as a refusal of its line, in its own transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void fileRefused(long importId, long line, String reason) {
        em.persist(new ImportRefusal(importId, line, "", null, reason, null));
    }

    /** The job ended: done, failed or stopped. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finished(long importId, ImportJobStatus outcome) {
        ImportJob job = em.find(ImportJob.class, importId);
        LocalDateTime now = LocalDateTime.now(clock);
        job.finish(outcome, now);
        metrics.finished(RUNS_METRIC, outcome, Duration.between(job.getCreatedAt(), now),
                "kind", job.getKind().toLowerCase(Locale.ROOT));
    }

    /**
     * Imports this server was running when it died (its start finds them still running): failed, their executions
     * too, so that the page offers to go on from the last chunk. Returns their executions.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> interruptedHere() {
        return em.createQuery("SELECT j.jobExecutionId FROM ImportJob j WHERE j.status = :running "
                        + "AND j.runNode = :node AND j.jobExecutionId IS NOT NULL", Long.class)
                .setParameter("running", ImportJobStatus.RUNNING).setParameter("node", ServerNode.name())
                .getResultList();
    }

    /**
     * Imports whose job never started (the server died between storing the file and starting the job, which the page
     * does in one go): failed, so that the page offers to start them. Only those older than a few minutes, since
     * another server of a cluster may be starting one right now.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int markNeverStarted() {
        List<ImportJob> stuck = em.createQuery("SELECT j FROM ImportJob j WHERE j.status = :running "
                        + "AND j.jobExecutionId IS NULL AND j.createdAt < :before", ImportJob.class)
                .setParameter("running", ImportJobStatus.RUNNING)
                .setParameter("before", LocalDateTime.now(clock).minusMinutes(5)).getResultList();
        stuck.forEach(j -> j.finish(ImportJobStatus.FAILED, LocalDateTime.now(clock)));
        return stuck.size();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void markInterrupted(long executionId) {
        em.createQuery("SELECT j FROM ImportJob j WHERE j.jobExecutionId = :e", ImportJob.class)
                .setParameter("e", executionId).getResultStream()
                .forEach(j -> j.finish(ImportJobStatus.FAILED, LocalDateTime.now(clock)));
    }
}
