package com.kehu.crm.churn.control;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;

/**
 * The churn check job's reader: the customers in chunks of {@code kehu.churn.chunk-size} by id, each item one chunk
 * as {after, up to, customers}. A restarted check goes on after the last customer id of the chunks written, which
 * each chunk records on its run in its own transaction (the checkpoint that commits with the warnings, whatever the
 * job repository's datasource).
 */
@Named
@Dependent
public class ChurnChunkReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    private String runId;
    @EJB
    private ChurnChunks chunks;

    private long after = Long.MIN_VALUE;
    private long handedOut = Long.MIN_VALUE;

    @Override
    public void open(Serializable checkpoint) {
        Long last = chunks.lastCustomer(Long.parseLong(runId));
        after = last == null ? Long.MIN_VALUE : last;
        handedOut = after;
    }

    @Override
    public Object readItem() {
        Optional<long[]> chunk = chunks.nextChunk(handedOut, ChurnSettings.chunkSize());
        if (chunk.isEmpty()) {
            return null;
        }
        long[] item = {handedOut, chunk.get()[0], chunk.get()[1]};
        handedOut = chunk.get()[0];
        return item;
    }

    /** Called after a chunk was written: everything handed out so far is done. */
    @Override
    public Serializable checkpointInfo() {
        after = handedOut;
        return after;
    }
}
