package com.kehu.crm.sales.control;

import com.kehu.crm.sales.entity.ImportFilePart;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Uploaded import files, kept in the database in parts of {@link ImportFilePart#SIZE} bytes: stored as they arrive
 * (never more than one part in memory), read back as a stream that fetches one part at a time, on any server.
 * Not a client view ({@code PermitAll}): the import's boundary and job use it.
 */
@Stateless
@PermitAll
public class ImportFiles {

    @PersistenceContext
    private EntityManager em;
    @Resource
    private SessionContext context;

    /** Stores {@code file} as the parts of import {@code importId}, in the caller's transaction; returns its size. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public long store(long importId, InputStream file) throws IOException {
        long size = 0;
        int partNo = 0;
        byte[] part;
        while ((part = file.readNBytes(ImportFilePart.SIZE)).length > 0) {
            em.persist(new ImportFilePart(importId, partNo++, part));
            // Written and let go part by part: the persistence context must not keep a 100 MB file.
            em.flush();
            em.clear();
            size += part.length;
        }
        return size;
    }

    /** The stored file as a stream; each part is read when the stream reaches it. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public InputStream open(long importId) {
        ImportFiles self = context.getBusinessObject(ImportFiles.class);
        return new InputStream() {
            private byte[] part = new byte[0];
            private int position;
            private int next;
            private boolean end;

            @Override
            public int read() {
                return fill() ? part[position++] & 0xff : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (length == 0) {
                    return 0;
                }
                if (!fill()) {
                    return -1;
                }
                int n = Math.min(length, part.length - position);
                System.arraycopy(part, position, buffer, offset, n);
                position += n;
                return n;
            }

            private boolean fill() {
                while (!end && position >= part.length) {
                    byte[] read = self.part(importId, next++);
                    if (read == null) {
                        end = true;
                    } else {
                        part = read;
                        position = 0;
                    }
                }
                return position < part.length;
            }
        };
    }

    /** One part, or null after the last. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public byte[] part(long importId, int partNo) {
        List<byte[]> found = em.createQuery("SELECT p.data FROM ImportFilePart p WHERE p.importId = :id "
                        + "AND p.partNo = :no", byte[].class)
                .setParameter("id", importId).setParameter("no", partNo).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }
}
