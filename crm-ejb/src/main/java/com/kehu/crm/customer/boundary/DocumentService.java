package com.kehu.crm.customer.boundary;

import com.kehu.crm.common.boundary.BusinessException;
import com.kehu.crm.common.boundary.NotFoundException;
import com.kehu.crm.common.control.Versions;
import com.kehu.crm.customer.control.DocumentTypes;
import com.kehu.crm.customer.control.DocumentSettings;
import com.kehu.crm.customer.dto.DocumentFile;
import com.kehu.crm.customer.dto.DocumentLimits;
import com.kehu.crm.customer.dto.DocumentRow;
import com.kehu.crm.customer.entity.Customer;
import com.kehu.crm.customer.entity.Document;
import com.kehu.crm.customer.entity.DocumentContent;
import com.kehu.crm.security.entity.Rights;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * A customer's documents (文档管理): everyone who sees the customer lists and downloads them; whoever may change the
 * customer ({@link CustomerOwnership}) uploads and deletes. Size and type limits ({@link DocumentSettings}) are checked
 * here, whatever the page checked before.
 */
@Stateless
@RolesAllowed(Rights.CUSTOMER_VIEW)
public class DocumentService {

    /** Longest file name kept (the column's length). */
    private static final int MAX_NAME = 255;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CustomerOwnership ownership;

    @RolesAllowed(Rights.CUSTOMER_VIEW)
    public DocumentLimits limits() {
        return DocumentSettings.limits();
    }

    /** The customer's documents, newest first, without their bytes. */
    @RolesAllowed(Rights.CUSTOMER_VIEW)
    public List<DocumentRow> list(long customerId) {
        return em.createQuery("SELECT NEW com.kehu.crm.customer.dto.DocumentRow(d.id, d.version, d.fileName, "
                        + "d.contentType, d.fileSize, d.createdBy, d.createdAt) FROM Document d "
                        + "WHERE d.customer.id = :id ORDER BY d.createdAt DESC, d.id DESC", DocumentRow.class)
                .setParameter("id", customerId).getResultList();
    }

    @RolesAllowed(Rights.CUSTOMER_VIEW)
    public DocumentFile download(long id) {
        Document document = get(id);
        DocumentContent content = em.find(DocumentContent.class, id);
        if (content == null) {
            throw new NotFoundException();
        }
        return new DocumentFile(document.getFileName(), document.getContentType(), content.getContent());
    }

    @RolesAllowed(Rights.CUSTOMER_EDIT)
    public DocumentRow upload(long customerId, @NotBlank String fileName, String contentType,
                              @NotNull byte[] content) {
        Customer customer = em.find(Customer.class, customerId);
        if (customer == null) {
            throw new NotFoundException();
        }
        ownership.checkMayChange(customer);
        String name = baseName(fileName);
        DocumentLimits limits = DocumentSettings.limits();
        if (!limits.allows(name)) {
            throw new BusinessException("document.error.typeNotAllowed", name, String.join(", ", limits.allowedTypes()));
        }
        if (content.length > limits.maxSize()) {
            throw new BusinessException("document.error.tooLarge", name, limits.maxSizeInMegabytes());
        }
        if (content.length == 0) {
            throw new BusinessException("document.error.empty", name);
        }
        if (!DocumentTypes.matches(name, content)) {
            throw new BusinessException("document.error.contentMismatch", name);
        }
        // The type the extension stands for (checked above), not the one the uploader's browser claimed.
        String type = DocumentTypes.contentType(name);
        Document document = new Document(customer, name, type, content.length);
        em.persist(document);
        em.flush();
        em.persist(new DocumentContent(document, content));
        return new DocumentRow(document.getId(), document.getVersion(), name, type, content.length,
                document.getCreatedBy(), document.getCreatedAt());
    }

    @RolesAllowed(Rights.CUSTOMER_EDIT)
    public void delete(long id, long version) {
        Document document = get(id);
        Versions.check(document, version);
        ownership.checkMayChange(document.getCustomer());
        DocumentContent content = em.find(DocumentContent.class, id);
        if (content != null) {
            em.remove(content);
            em.flush();
        }
        em.remove(document);
    }

    private Document get(long id) {
        Document document = em.find(Document.class, id);
        if (document == null) {
            throw new NotFoundException();
        }
        return document;
    }

    /** The name without any folder a browser may send, at most {@value #MAX_NAME} characters (keeping the end). */
    private static String baseName(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.isEmpty()) {
            throw new BusinessException("document.error.typeNotAllowed", fileName, "");
        }
        return name.length() > MAX_NAME ? name.substring(name.length() - MAX_NAME) : name;
    }
}
