package com.kehu.crm.it;

import static com.kehu.crm.it.Identities.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kehu.crm.common.boundary.BusinessException;
import com.kehu.crm.customer.boundary.CustomerService;
import com.kehu.crm.customer.entity.Customer;
import com.kehu.crm.sales.boundary.SalesFileImportService;
import com.kehu.crm.sales.boundary.SalesService;
import com.kehu.crm.sales.dto.CsvKind;
import com.kehu.crm.sales.dto.ImportJobRow;
import com.kehu.crm.sales.dto.ProductCriteria;
import com.kehu.crm.sales.dto.ProductRow;
import com.kehu.crm.sales.dto.RefusedRow;
import com.kehu.crm.sales.entity.ImportJobStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The file import in the real server, as a Jakarta Batch job: a file larger than one chunk is written in several
 * transactions, bad rows are skipped and kept row by row, the downloaded bad rows corrected and imported again add
 * only them, an order is never cut between two chunks; the files Chinese offices produce (GBK from Excel, UTF-8 with a
 * byte order mark, Chinese column names in another order) import with correct Chinese, a file in another encoding is
 * refused with a message; a stopped import restarted goes on from its last chunk and writes every row exactly once.
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
        int rows = 2_400;
        StringBuilder bad = new StringBuilder(String.join(",", CsvKind.PRODUCTS.columns())).append('\n');
        StringBuilder good = new StringBuilder(bad);
        for (int i = 1; i <= rows; i++) {
            String price = i == 7 ? "-1" : i == 900 ? "abc" : "9.90";
            bad.append("F-").append(run).append('-').append(i).append(",导入").append(run).append('-').append(i)
                    .append(",M,B,个,").append(price).append('\n');
            good.append("F-").append(run).append('-').append(i).append(",导入").append(run).append('-').append(i)
                    .append(",M,B,个,9.90\n");
        }

        ImportJobRow first = finished(start(CsvKind.PRODUCTS, "products.csv", utf8(bad), Locale.SIMPLIFIED_CHINESE));
        assertEquals(ImportJobStatus.DONE, first.status());
        assertEquals(rows, first.processedRows());
        assertEquals(rows, first.totalRows());
        assertEquals(rows - 2, first.created());
        assertEquals(2, first.failedRows());
        List<RefusedRow> errors = as("admin", () -> imports.refusals(first.id(), 0, 10));
        // Row numbers count the file's lines, the header being row 1: product 7 is row 8, product 900 row 901.
        assertEquals(List.of(8L, 901L), errors.stream().map(RefusedRow::row).toList());
        assertEquals(List.of("price", "price"), errors.stream().map(RefusedRow::field).toList());
        assertEquals(List.of("-1", "abc"), errors.stream().map(RefusedRow::value).toList());
        assertEquals("不能为负数", errors.get(0).reason());
        assertEquals(rows - 2, productCount(run));

        // The bad rows as a file: the same columns with the values found, then row and reason.
        ByteArrayOutputStream download = new ByteArrayOutputStream();
        as("admin", () -> {
            imports.writeRefusedRows(first.id(), download);
            return null;
        });
        String refused = download.toString(StandardCharsets.UTF_8);
        List<String> lines = refused.lines().toList();
        assertEquals("\uFEFFexternalId,name,model,batch,unit,price,row,reason", lines.get(0));
        assertEquals("F-" + run + "-7,导入" + run + "-7,M,B,个,-1,8,price: 不能为负数", lines.get(1));
        assertEquals(3, lines.size());

        // Corrected in place (the row and reason columns stay) and imported again: only the two rows are added.
        String corrected = refused.replace(",-1,8,", ",9.90,8,").replace(",abc,901,", ",9.90,901,");
        ImportJobRow again = finished(start(CsvKind.PRODUCTS, "refused-rows.csv", utf8(corrected),
                Locale.SIMPLIFIED_CHINESE));
        assertEquals(2, again.created());
        assertEquals(0, again.failedRows());
        assertEquals(rows, productCount(run));

        ImportJobRow whole = finished(start(CsvKind.PRODUCTS, "products.csv", utf8(good), Locale.SIMPLIFIED_CHINESE));
        assertEquals(rows, whole.unchanged());
        assertEquals(rows, productCount(run));
    }

    @Test
    void anOrderIsNeverCutBetweenTwoChunks() throws Exception {
        String run = suffix();
        Customer customer = newCustomer();
        StringBuilder products = new StringBuilder(String.join(",", CsvKind.PRODUCTS.columns())).append('\n')
                .append("FP-").append(run).append(",订单产品,M,B,个,2.00\n");
        finished(start(CsvKind.PRODUCTS, "p.csv", utf8(products), Locale.ENGLISH));
        // 3 lines per order, 100 records per chunk: each order is one record, never cut.
        StringBuilder orders = new StringBuilder(String.join(",", CsvKind.ORDERS.columns())).append('\n');
        int count = 200;
        for (int o = 1; o <= count; o++) {
            for (int line = 1; line <= 3; line++) {
                orders.append("FO-").append(run).append('-').append(o).append(",XS").append(o).append(',')
                        .append(customer.getCustomerNo()).append(",2026-10-01,上海市,SHIPPED,FP-").append(run)
                        .append(',').append(line).append(",个,2.00\n");
            }
        }
        ImportJobRow job = finished(start(CsvKind.ORDERS, "orders.csv", utf8(orders), Locale.ENGLISH));
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
    void aFileWithoutAColumnIsRefusedAtOnceInTheUsersLanguageAndNothingIsKept() throws Exception {
        int before = as("admin", () -> imports.recent(100)).size();
        BusinessException refused = assertThrows(BusinessException.class, () -> start(CsvKind.PRODUCTS, "x.csv",
                utf8("id,name\nA,B\n"), Locale.SIMPLIFIED_CHINESE));
        assertEquals("sales.file.columns", refused.getKey());
        assertTrue(refused.getArgs()[0].toString().contains("externalId"), refused.getArgs()[0].toString());
        assertEquals(before, as("admin", () -> imports.recent(100)).size());
    }

    @Test
    void aGbkFileFromExcelAndAUtf8FileWithBomImportWithCorrectChineseWhateverTheColumnOrder() throws Exception {
        String run = suffix();
        // As Excel on a Chinese Windows saves "CSV (comma delimited)": GBK, Chinese headers, its own column order,
        // and a column Kehu does not know.
        String gbk = "名称,外部编号,单价,单位,备注栏,型号,批次\n"
                + "华东仓储服务" + run + ",G-" + run + "-1,12.50,台,不导入,型号甲,批次一\n";
        ImportJobRow first = finished(start(CsvKind.PRODUCTS, "产品.csv", gbk.getBytes(Charset.forName("GBK")),
                Locale.SIMPLIFIED_CHINESE));
        assertEquals(1, first.created(), () -> "refused: " + refusals(first.id()));
        assertEquals("GB18030", first.encoding());

        String bom = "\uFEFFexternalId,price,name,unit\nG-" + run + "-2,3,北京耗材" + run + ",盒\n";
        ImportJobRow second = finished(start(CsvKind.PRODUCTS, "products.csv", utf8(bom), Locale.SIMPLIFIED_CHINESE));
        assertEquals(1, second.created(), () -> "refused: " + refusals(second.id()));
        assertEquals("UTF-8", second.encoding());

        // Found by their Chinese names: garbled text would not match.
        assertEquals(1, as("manager", () -> sales.countProducts(new ProductCriteria("华东仓储服务" + run, null, null))));
        assertEquals(1, as("manager", () -> sales.countProducts(new ProductCriteria("北京耗材" + run, null, null))));
    }

    @Test
    void anExcelWorkbookImportsLikeACsvFile() throws Exception {
        String run = suffix();
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("产品");
            Row header = sheet.createRow(0);
            String[] names = {"单价", "名称", "外部编号", "单位", "备注栏"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(12.5);
            row.createCell(1).setCellValue("表格产品" + run);
            row.createCell(2).setCellValue("X-" + run);
            row.createCell(3).setCellValue("台");
            row.createCell(4).setCellValue("不导入");
            workbook.write(xlsx);
        }
        ImportJobRow done = finished(start(CsvKind.PRODUCTS, "产品.xlsx", xlsx.toByteArray(), Locale.SIMPLIFIED_CHINESE));
        assertEquals(1, done.created(), () -> "refused: " + refusals(done.id()));
        assertEquals("XLSX", done.encoding());
        assertEquals(1, as("manager", () -> sales.countProducts(new ProductCriteria("表格产品" + run, null, null))));
        ProductRow product = as("manager", () -> sales.searchProducts(new ProductCriteria("表格产品" + run, null, null),
                0, 1, null)).get(0);
        assertEquals(0, new BigDecimal("12.50").compareTo(product.price()));
    }

    @Test
    void aFileInAnotherEncodingIsRefusedWithAMessageInsteadOfGarbledText() {
        // UTF-16 (as "Unicode text" from Excel): neither UTF-8 nor GB18030.
        byte[] utf16 = "externalId,name,model,batch,unit,price\nU-1,产品,,,个,1\n".getBytes(StandardCharsets.UTF_16LE);
        BusinessException refused = assertThrows(BusinessException.class, () -> start(CsvKind.PRODUCTS, "u.csv",
                utf16, Locale.SIMPLIFIED_CHINESE));
        assertEquals("sales.file.encoding", refused.getKey());
    }

    @Test
    void aStoppedImportRestartedGoesOnFromItsLastChunkAndWritesEveryRowOnce() throws Exception {
        String run = suffix();
        int rows = 30_000;
        StringBuilder file = new StringBuilder(String.join(",", CsvKind.PRODUCTS.columns())).append('\n');
        for (int i = 1; i <= rows; i++) {
            file.append("S-").append(run).append('-').append(i).append(",导入").append(run).append('-').append(i)
                    .append(",M,B,个,1.00\n");
        }
        long id = start(CsvKind.PRODUCTS, "big.csv", utf8(file), Locale.ENGLISH);
        ImportJobRow running = as("admin", () -> imports.get(id));
        while (running.running() && running.processedRows() < 1_000) {
            Thread.sleep(20);
            running = as("admin", () -> imports.get(id));
        }
        as("admin", () -> {
            imports.stop(id);
            return null;
        });
        ImportJobRow stopped = finished(id);
        assertEquals(ImportJobStatus.STOPPED, stopped.status(), "stopped before the end of " + rows + " rows");
        assertTrue(stopped.processedRows() < rows, () -> "stopped at " + stopped.processedRows());
        // What the import counted is what was written: figures and rows commit in the same chunk transaction.
        assertEquals(stopped.processedRows(), stopped.created(), () -> stopped + " refused: " + refusals(id));
        assertEquals(stopped.created(), productCount(run));

        as("admin", () -> {
            imports.restart(id);
            return null;
        });
        ImportJobRow done = finished(id);
        assertEquals(ImportJobStatus.DONE, done.status());
        assertEquals(rows, done.processedRows(), "each row read once over both executions");
        assertEquals(rows, done.created(), "each row created once over both executions");
        assertEquals(rows, productCount(run));
    }

    @Test
    void aManagerCannotImport() {
        assertThrows(EJBAccessException.class, () -> start(CsvKind.PRODUCTS, "x.csv",
                utf8(String.join(",", CsvKind.PRODUCTS.columns()) + "\n"), Locale.ENGLISH, "manager"));
        assertThrows(EJBAccessException.class, () -> as("manager", () -> imports.recent(5)));
    }

    private long start(CsvKind kind, String name, byte[] file, Locale locale) throws Exception {
        return start(kind, name, file, locale, "admin");
    }

    private long start(CsvKind kind, String name, byte[] file, Locale locale, String user) throws Exception {
        return as(user, () -> imports.start(kind, name, new ByteArrayInputStream(file), locale));
    }

    private static byte[] utf8(CharSequence text) {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private List<RefusedRow> refusals(long id) {
        try {
            return as("admin", () -> imports.refusals(id, 0, 20));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
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
