package com.kehu.crm.churn.control;

import com.kehu.crm.churn.entity.ChurnRun;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The churn check job's writer: each chunk of customers is one set-based statement ({@link ChurnChunks#detect}) in
 * the job's chunk transaction, with the run's progress and the job's checkpoint. Warnings are unique per open
 * customer, so a chunk redone after a crash adds none twice.
 */
@Named
@Dependent
public class ChurnChunkWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    private String runId;
    @Inject
    @BatchProperty
    private String startedBy;
    @EJB
    private ChurnChunks chunks;
    @PersistenceContext
    private EntityManager em;
    @Inject
    private Clock clock;

    /** The run's cutoff date, the same for every chunk: read once per step. */
    private LocalDate cutoff;

    @Override
    public void writeItems(List<Object> items) {
        long run = Long.parseLong(runId);
        if (cutoff == null) {
            cutoff = em.find(ChurnRun.class, run).getCutoff();
        }
        for (Object item : items) {
            long[] chunk = (long[]) item;
            chunks.detect(run, chunk[0], chunk[1], chunk[2], cutoff, LocalDateTime.now(clock),
                    startedBy == null || startedBy.isBlank() ? "system" : startedBy);
        }
    }
}
