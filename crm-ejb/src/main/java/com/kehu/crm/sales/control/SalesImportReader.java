package com.kehu.crm.sales.control;

import com.kehu.crm.common.boundary.BusinessException;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

/**
 * The import job's reader: the stored file ({@link ImportFiles}) read as a stream by {@link SalesFileReader}, one
 * record at a time ({@link ImportItems}). A restarted job reads the file again from the start and skips the rows of
 * the chunks written before: their number is counted on the import in each chunk's own transaction (the checkpoint
 * that commits with the data, whatever the job repository's datasource), so no row is written twice and none is lost.
 */
@Named
@Dependent
public class SalesImportReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    private String importId;
    @Inject
    private JobContext jobContext;
    @EJB
    private ImportFiles files;
    @EJB
    private ImportRuns runs;

    private SalesFileReader reader;
    private ImportItems items;
    private Counted counted;
    private long id;

    @Override
    public void open(Serializable checkpoint) throws IOException {
        id = Long.parseLong(importId);
        ImportRuns.Source source = runs.source(id);
        counted = new Counted(files.open(id));
        try {
            reader = SalesFileReader.open(source.kind(), counted, source.fileName());
        } catch (BusinessException e) {
            refuse(0, e, source);
            throw e;
        }
        runs.readAs(id, reader.format());
        items = new ImportItems(source.kind(), reader.iterator());
        items.skip(source.rowsWritten());
        jobContext.setTransientUserData(counted);
    }

    @Override
    public Object readItem() {
        try {
            return items.hasNext() ? items.next() : null;
        } catch (BusinessException e) {
            refuse(items.rowsConsumed() + 2, e, runs.source(id));
            throw e;
        }
    }

    @Override
    public Serializable checkpointInfo() {
        return items == null ? 0L : items.rowsConsumed();
    }

    @Override
    public void close() throws IOException {
        if (reader != null) {
            reader.close();
        }
    }

    /** The file refused part-way: the reason stays with the import, in its user's language. */
    private void refuse(long line, BusinessException e, ImportRuns.Source source) {
        runs.fileRefused(id, line, new ImportChecks(source.locale()).message(e.getKey(),
                e.getArgs().length > 0 ? e.getArgs()[0] : null));
    }

    /** The bytes read so far, for the progress bar (a file's rows are not known before it is read to its end). */
    static final class Counted extends FilterInputStream {
        private volatile long count;

        Counted(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
