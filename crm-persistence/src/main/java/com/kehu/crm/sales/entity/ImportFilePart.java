package com.kehu.crm.sales.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * One part (at most {@link #SIZE} bytes) of an uploaded import file. The file is kept in the database, in parts, so
 * that the job reads it part by part on whichever server runs it (never the whole file in one heap) and can read it
 * again after a restart. Written once when the file is uploaded, hence no version.
 */
@Entity
@Table(name = "SALES_IMPORT_FILE_PART")
@IdClass(ImportFilePart.Key.class)
public class ImportFilePart implements Serializable {

    private static final long serialVersionUID = 1L;
    /** 1 MB: a part is one row and one read; a 100 MB file is 100 of them. */
    public static final int SIZE = 1024 * 1024;

    /** The primary key: import and part number. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long importId;
        private int partNo;

        public Key() {
        }

        public Key(long importId, int partNo) {
            this.importId = importId;
            this.partNo = partNo;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.importId == importId && key.partNo == partNo;
        }

        @Override
        public int hashCode() {
            return Objects.hash(importId, partNo);
        }
    }

    @Id
    @Column(name = "IMPORT_ID", nullable = false, updatable = false)
    private long importId;

    @Id
    @Column(name = "PART_NO", nullable = false, updatable = false)
    private int partNo;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "DATA", nullable = false, updatable = false)
    private byte[] data;

    protected ImportFilePart() {
    }

    public ImportFilePart(long importId, int partNo, byte[] data) {
        this.importId = importId;
        this.partNo = partNo;
        this.data = data;
    }

    public long getImportId() {
        return importId;
    }

    public int getPartNo() {
        return partNo;
    }

    public byte[] getData() {
        return data;
    }
}
