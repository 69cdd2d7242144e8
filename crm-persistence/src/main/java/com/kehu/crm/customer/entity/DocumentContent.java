package com.kehu.crm.customer.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.io.Serializable;

/** The bytes of a {@link Document}, under the document's id: loaded only to download. */
@Entity
@Table(name = "CST_DOCUMENT_CONTENT")
public class DocumentContent implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "DOCUMENT_ID")
    private Long documentId;

    @Lob
    @Column(name = "CONTENT", nullable = false)
    private byte[] content;

    protected DocumentContent() {
    }

    public DocumentContent(Document document, byte[] content) {
        this.documentId = document.getId();
        this.content = content;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public byte[] getContent() {
        return content;
    }
}
