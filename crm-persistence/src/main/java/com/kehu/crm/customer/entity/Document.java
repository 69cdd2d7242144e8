package com.kehu.crm.customer.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A file attached to a customer (文档管理): contract, scan. Only its description lives here; the bytes are in
 * {@link DocumentContent}, so that lists never load them. Both are in the database, so every server of a cluster
 * serves every document.
 */
@Entity
@Table(name = "CST_DOCUMENT")
public class Document extends CustomerRecord {

    private static final long serialVersionUID = 1L;

    @Column(name = "FILE_NAME", nullable = false, length = 255, updatable = false)
    private String fileName;

    @Column(name = "CONTENT_TYPE", nullable = false, length = 100, updatable = false)
    private String contentType;

    @Column(name = "FILE_SIZE", nullable = false, updatable = false)
    private long fileSize;

    protected Document() {
    }

    public Document(Customer customer, String fileName, String contentType, long fileSize) {
        super(customer);
        this.fileName = fileName;
        this.contentType = contentType;
        this.fileSize = fileSize;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("fileName", fileName);
        state.put("contentType", contentType);
        state.put("fileSize", fileSize);
        return state;
    }

    @Override
    public String auditEntityType() {
        return "DOCUMENT";
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getFileSize() {
        return fileSize;
    }
}
