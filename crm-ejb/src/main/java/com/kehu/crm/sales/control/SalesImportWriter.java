package com.kehu.crm.sales.control;

import com.kehu.crm.sales.dto.ImportItem;
import com.kehu.crm.sales.dto.RowsWritten;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The import job's writer: a chunk's records written by {@link SalesWrites} (create-or-update, so writing them again
 * changes nothing), its figures and refused rows recorded by {@link ImportRuns}, all in the chunk's transaction
 * together with the reader's checkpoint.
 */
@Named
@Dependent
public class SalesImportWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    private String importId;
    @Inject
    private JobContext jobContext;
    @EJB
    private SalesWrites writes;
    @EJB
    private ImportRuns runs;

    /** The import's kind and language, the same for every chunk: read once per step, not once per chunk. */
    private ImportRuns.Source source;

    @Override
    public void writeItems(List<Object> items) {
        long id = Long.parseLong(importId);
        if (source == null) {
            source = runs.source(id);
        }
        RowsWritten written = writes.writeItems(source.kind(), items.stream().map(ImportItem.class::cast).toList(),
                source.locale());
        long bytes = jobContext.getTransientUserData() instanceof SalesImportReader.Counted counted
                ? counted.count() : 0;
        runs.chunkWritten(id, written, bytes);
    }
}
