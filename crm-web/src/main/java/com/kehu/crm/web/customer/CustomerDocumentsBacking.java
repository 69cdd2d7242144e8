package com.kehu.crm.web.customer;

import com.kehu.crm.common.boundary.BusinessException;
import com.kehu.crm.customer.boundary.DocumentService;
import com.kehu.crm.customer.dto.DocumentFile;
import com.kehu.crm.customer.dto.DocumentLimits;
import com.kehu.crm.customer.dto.DocumentRow;
import com.kehu.crm.web.common.Bundles;
import com.kehu.crm.web.common.FacesMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/** The documents tab (文档管理) of {@code /customer/view.xhtml}: list, upload, download, delete. */
@Named
@ViewScoped
public class CustomerDocumentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DocumentService documentService;

    @Inject
    private CustomerViewBacking view;

    private List<DocumentRow> documents;
    private DocumentLimits limits;

    private long customerId() {
        return view.getCustomer().getId();
    }

    /** Loaded on first use (the tab renders after the page's view action loaded the customer). */
    public List<DocumentRow> getDocuments() {
        if (documents == null) {
            documents = documentService.list(customerId());
        }
        return documents;
    }

    public DocumentLimits getLimits() {
        if (limits == null) {
            limits = documentService.limits();
        }
        return limits;
    }

    /** For p:fileUpload's allowTypes: a JavaScript regular expression of the allowed extensions. */
    public String getAllowTypes() {
        return "/(\\.)(" + String.join("|", getLimits().allowedTypes()) + ")$/i";
    }

    /** Shown by p:fileUpload when the browser refuses a file (the server checks again). */
    public String getInvalidSizeMessage() {
        return Bundles.text("document.invalidSize", getLimits().maxSizeInMegabytes());
    }

    public String getInvalidTypeMessage() {
        return Bundles.text("document.invalidType", String.join(", ", getLimits().allowedTypes()));
    }

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try {
            DocumentRow row = documentService.upload(customerId(), file.getFileName(), file.getContentType(),
                    file.getContent());
            documents = null;
            FacesMessages.info("document.message.uploaded", row.fileName());
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
    }

    public void download(DocumentRow row) throws IOException {
        DocumentFile file = documentService.download(row.id());
        Faces.sendFile(file.content(), file.fileName(), true);
    }

    public void delete(DocumentRow row) {
        documentService.delete(row.id(), row.version());
        documents = null;
        FacesMessages.info("document.message.deleted", row.fileName());
    }

    /** A size for people: 12.3 KB, 4.5 MB. */
    public String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format("%.1f KB", bytes / 1024.0);
        }
        return String.format("%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
