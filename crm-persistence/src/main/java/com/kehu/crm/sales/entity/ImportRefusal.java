package com.kehu.crm.sales.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * One refused field of an imported file: the file's row number, the field, the value found and the reason in the
 * importing user's language, with the whole row as it was in the file (for the download of the bad rows, which the
 * user corrects and imports again). Written once by the import's chunk and never changed, hence no version.
 */
@Entity
@Table(name = "SALES_IMPORT_REFUSAL")
public class ImportRefusal implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int VALUE_LENGTH = 500;
    public static final int REASON_LENGTH = 500;
    public static final int ROW_LENGTH = 4000;

    @Id
    @SequenceGenerator(name = "crm_seq", sequenceName = "CRM_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_seq")
    private Long id;

    @Column(name = "IMPORT_ID", nullable = false, updatable = false)
    private long importId;

    @Column(name = "ROW_NO", nullable = false, updatable = false)
    private long rowNo;

    @Column(name = "FIELD", length = 50, updatable = false)
    private String field;

    @Column(name = "FIELD_VALUE", length = VALUE_LENGTH, updatable = false)
    private String value;

    @Column(name = "REASON", nullable = false, length = REASON_LENGTH, updatable = false)
    private String reason;

    /** The file's row as CSV text, in the kind's column order. */
    @Column(name = "ROW_VALUES", length = ROW_LENGTH, updatable = false)
    private String rowValues;

    protected ImportRefusal() {
    }

    public ImportRefusal(long importId, long rowNo, String field, String value, String reason, String rowValues) {
        this.importId = importId;
        this.rowNo = rowNo;
        this.field = field;
        this.value = cut(value, VALUE_LENGTH);
        this.reason = cut(reason, REASON_LENGTH);
        this.rowValues = cut(rowValues, ROW_LENGTH);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public long getImportId() {
        return importId;
    }

    public long getRowNo() {
        return rowNo;
    }

    public String getField() {
        return field;
    }

    public String getValue() {
        return value;
    }

    public String getReason() {
        return reason;
    }

    public String getRowValues() {
        return rowValues;
    }
}
