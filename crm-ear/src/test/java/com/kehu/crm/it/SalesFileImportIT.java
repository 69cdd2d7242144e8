package com.kehu.crm.it;

import static com.kehu.crm.it.Identities.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kehu.crm.customer.boundary.CustomerService;
import com.kehu.crm.customer.entity.Customer;
import com.kehu.crm.sales.boundary.SalesFileImportService;
import com.kehu.crm.sales.boundary.SalesImportException;
import com.kehu.crm.sales.boundary.SalesService;
import com.kehu.crm.sales.dto.CsvKind;
import com.kehu.crm.sales.dto.ImportJobRow;
import com.kehu.crm.sales.dto.ProductCriteria;
import com.kehu.crm.sales.entity.ImportJobStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The first-load file import in the real server: a file larger than one chunk is written in the background in
 * several transactions, bad rows are skipped and named by row number, the corrected file re-run adds nothing twice,
 * and an order is never cut between two chunks.
 */
@ExtendWith(ArquillianExtension.class)
class SalesFileImportIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(SalesFileImportIT.class);
    }

    @EJB
    private SalesFileImportService imports;
    @EJB
    private SalesService sales;
    @EJB
    private CustomerService customers;

    @Test
    void aFileOfThreeChunksSkipsItsBadRowsAndTheCorrectedFileAddsOnlyThem() throws Exception {
        String run = suffix();
        int rows = SalesFileImportService.CHUNK_ROWS * 2 + 200;
        StringBuilder bad = new StringBuilder(String.join(",", CsvKind.PRODUCTS.columns())).append('\n');
        StringBuilder good = new StringBuilder(bad);
        for (int i = 1; i <= rows; i++) {
            String price = i == 7 ? "-1" : i == 900 ? "abc" : "9.90";
            bad.append("F-").append(run).append('-').append(i).append(",导入").append(run).append('-').append(i)
                    .append(",M,B,个,").append(price).append('\n');
            good.append("F-").append(run).append('-').append(i).append(",导入").append(run).append('-').append(i)
                    .append(",M,B,个,9.90\n");
        }

        ImportJobRow first = finished(as("admin", () -> imports.start(CsvKind.PRODUCTS, "products.csv",
                bad.toString(), Locale.SIMPLIFIED_CHINESE)));
        assertEquals(ImportJobStatus.DONE, first.status());
        assertEquals(rows, first.processedRows());
        assertEquals(rows - 2, first.created());
        assertEquals(2, first.failedRows());
        List<String> errors = as("admin", () -> imports.errors(first.id()));
        // Row numbers count the file's lines, the header being row 1: product 7 is row 8, product 900 row 901.
        assertEquals(List.of("8", "901"), errors.stream().map(e -> e.split("\t")[0]).toList());
        assertTrue(errors.get(0).contains("price"), errors.get(0));
        assertEquals(rows - 2, productCount(run));

        ImportJobRow again = finished(as("admin", () -> imports.start(CsvKind.PRODUCTS, "products.csv",
                good.toString(), Locale.SIMPLIFIED_CHINESE)));
        assertEquals(2, again.created());
        assertEquals(rows - 2, again.unchanged());
        assertEquals(0, again.failedRows());
        assertEquals(rows, productCount(run));
    }

    @Test
    void anOrderIsNeverCutBetweenTwoChunks() throws Exception {
        String run = suffix();
        Customer customer = newCustomer();
        StringBuilder products = new StringBuilder(String.join(",", CsvKind.PRODUCTS.columns())).append('\n')
                .append("FP-").append(run).append(",订单产品,M,B,个,2.00\n");
        finished(as("admin", () -> imports.start(CsvKind.PRODUCTS, "p.csv", products.toString(), Locale.ENGLISH)));
        // 3 lines per order: a chunk of 500 rows would end inside order 167 unless it is extended to its end.
        StringBuilder orders = new StringBuilder(String.join(",", CsvKind.ORDERS.columns())).append('\n');
        int count = 200;
        for (int o = 1; o <= count; o++) {
            for (int line = 1; line <= 3; line++) {
                orders.append("FO-").append(run).append('-').append(o).append(",XS").append(o).append(',')
                        .append(customer.getCustomerNo()).append(",2026-10-01,上海市,SHIPPED,FP-").append(run)
                        .append(',').append(line).append(",个,2.00\n");
            }
        }
        ImportJobRow job = finished(as("admin", () -> imports.start(CsvKind.ORDERS, "orders.csv", orders.toString(),
                Locale.ENGLISH)));
        assertEquals(count, job.created());
        assertEquals(0, job.failedRows());
        long orderCount = as("manager", () -> sales.countOrderHistory(customer.getId()));
        assertEquals(count, orderCount);
        as("manager", () -> sales.orderHistory(customer.getId(), 0, count)).forEach(order -> {
            try {
                assertEquals(3, as("manager", () -> sales.orderDetail(customer.getId(), order.id())).lines().size());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void aFileWithTheWrongHeaderIsRefusedAtOnceInTheUsersLanguage() {
        SalesImportException refused = assertThrows(SalesImportException.class, () -> as("admin",
                () -> imports.start(CsvKind.PRODUCTS, "x.csv", "id,name\nA,B\n", Locale.SIMPLIFIED_CHINESE)));
        assertEquals("row[1]", refused.getErrors().get(0).field());
        assertTrue(refused.getErrors().get(0).message().contains("externalId"), refused.getErrors().get(0).message());
    }

    @Test
    void aManagerCannotImport() {
        assertThrows(EJBAccessException.class, () -> as("manager", () -> imports.start(CsvKind.PRODUCTS, "x.csv",
                String.join(",", CsvKind.PRODUCTS.columns()) + "\n", Locale.ENGLISH)));
        assertThrows(EJBAccessException.class, () -> as("manager", () -> imports.recent(5)));
    }

    /** Waits for the background import to end (the test fails by Failsafe's timeout if it never does). */
    private ImportJobRow finished(long id) throws Exception {
        ImportJobRow job = as("admin", () -> imports.get(id));
        while (job.running()) {
            Thread.sleep(100);
            job = as("admin", () -> imports.get(id));
        }
        return job;
    }

    private long productCount(String run) throws Exception {
        return as("manager", () -> sales.countProducts(new ProductCriteria("导入" + run + "-", null, null)));
    }

    private Customer newCustomer() throws Exception {
        Customer c = new Customer();
        c.setName("导入测试客户" + suffix());
        c.setRegion("EAST");
        c.setLevel("2");
        c.setAddress("上海市浦东新区世纪大道 100 号");
        c.setPostcode("200120");
        c.setPhone("021-" + (10_000_000 + (int) (Math.random() * 89_999_999)));
        return as("manager", () -> customers.create(c, null));
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
