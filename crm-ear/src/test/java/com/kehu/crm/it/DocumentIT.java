package com.kehu.crm.it;

import static com.kehu.crm.it.Identities.as;
import static com.kehu.crm.it.Identities.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kehu.crm.common.boundary.BusinessException;
import com.kehu.crm.customer.boundary.CustomerService;
import com.kehu.crm.customer.boundary.DocumentService;
import com.kehu.crm.customer.dto.DocumentRow;
import com.kehu.crm.customer.entity.Customer;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Documents of customers in the real server: ownership, limits checked by the service, bytes kept exactly. */
@ExtendWith(ArquillianExtension.class)
class DocumentIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(DocumentIT.class);
    }

    @EJB
    private CustomerService customers;
    @EJB
    private DocumentService documents;

    @Test
    void theManagerUploadsEveryoneListsAndDownloadsAnotherManagerCannotChange() throws Exception {
        Customer mine = as("manager", () -> customers.create(form("文档测试客户"), null));
        byte[] content = "%PDF-1.4 合同正文 contract".getBytes(StandardCharsets.UTF_8);
        DocumentRow uploaded = as("manager", () -> documents.upload(mine.getId(), "C:\\scans\\合同.pdf",
                "application/pdf", content));
        assertEquals("合同.pdf", uploaded.fileName());
        assertEquals("manager", uploaded.uploadedBy());

        List<DocumentRow> seen = as("manager2", () -> documents.list(mine.getId()));
        assertEquals(1, seen.size());
        assertEquals(content.length, seen.get(0).fileSize());
        assertArrayEquals(content, as("exec", () -> documents.download(uploaded.id())).content());

        assertEquals("customer.error.notYourCustomer", assertThrows(BusinessException.class,
                () -> as("manager2", () -> documents.upload(mine.getId(), "b.pdf", "application/pdf", content)))
                .getKey());
        assertEquals("customer.error.notYourCustomer", assertThrows(BusinessException.class,
                () -> run("manager2", () -> documents.delete(uploaded.id(), uploaded.version()))).getKey());
        // Without the right to change customers at all: refused by the container.
        assertThrows(EJBAccessException.class,
                () -> run("exec", () -> documents.delete(uploaded.id(), uploaded.version())));

        // A supervisor may change every customer.
        run("super", () -> documents.delete(uploaded.id(), uploaded.version()));
        assertTrue(as("manager", () -> documents.list(mine.getId())).isEmpty());
    }

    @Test
    void theServiceRefusesTooLargeAndDisallowedFiles() throws Exception {
        Customer mine = as("manager", () -> customers.create(form("文档限制客户"), null));
        long max = as("manager", () -> documents.limits()).maxSize();
        assertEquals(10L * 1024 * 1024, max, "default 10 MB");
        byte[] tooLarge = new byte[(int) max + 1];
        assertEquals("document.error.tooLarge", assertThrows(BusinessException.class,
                () -> as("manager", () -> documents.upload(mine.getId(), "big.pdf", "application/pdf", tooLarge)))
                .getKey());
        assertEquals("document.error.typeNotAllowed", assertThrows(BusinessException.class,
                () -> as("manager", () -> documents.upload(mine.getId(), "virus.exe", "application/octet-stream",
                        new byte[] {1, 2, 3}))).getKey());
        assertEquals("document.error.typeNotAllowed", assertThrows(BusinessException.class,
                () -> as("manager", () -> documents.upload(mine.getId(), "noextension", "text/plain",
                        new byte[] {1}))).getKey());
        assertTrue(as("manager", () -> documents.list(mine.getId())).isEmpty());
    }

    private static Customer form(String name) {
        Customer c = new Customer();
        c.setName(name + UUID.randomUUID().toString().substring(0, 6));
        c.setRegion("EAST");
        c.setLevel("2");
        c.setAddress("上海市浦东新区世纪大道 100 号");
        c.setPostcode("200120");
        c.setPhone("021-" + (10_000_000 + (int) (Math.random() * 89_999_999)));
        c.setCredit(4);
        return c;
    }
}
