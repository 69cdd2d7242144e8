package com.kehu.crm.it;

import static com.kehu.crm.it.Identities.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kehu.crm.customer.boundary.CustomerService;
import com.kehu.crm.customer.entity.Customer;
import com.kehu.crm.sales.boundary.SalesImportException;
import com.kehu.crm.sales.boundary.SalesImportService;
import com.kehu.crm.sales.boundary.SalesService;
import com.kehu.crm.sales.dto.CsvImportResult;
import com.kehu.crm.sales.dto.CsvKind;
import com.kehu.crm.sales.dto.FieldError;
import com.kehu.crm.sales.dto.ImportOutcome;
import com.kehu.crm.sales.dto.InventoryCriteria;
import com.kehu.crm.sales.dto.InventoryData;
import com.kehu.crm.sales.dto.OrderData;
import com.kehu.crm.sales.dto.OrderDetail;
import com.kehu.crm.sales.dto.OrderLineData;
import com.kehu.crm.sales.dto.OrderRow;
import com.kehu.crm.sales.dto.ProductCriteria;
import com.kehu.crm.sales.dto.ProductData;
import com.kehu.crm.sales.entity.OrderStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The sales system's import and the order history in the real server: idempotence, all-or-nothing, rights, totals. */
@ExtendWith(ArquillianExtension.class)
class SalesImportIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(SalesImportIT.class);
    }

    @EJB
    private SalesImportService imports;
    @EJB
    private SalesService sales;
    @EJB
    private CustomerService customers;

    @Test
    void theSameOrderSentTwiceIsOneOrderWithTheSameLines() throws Exception {
        String run = suffix();
        Customer customer = newCustomer();
        product("P-" + run + "-1", "12.50");
        product("P-" + run + "-2", "3.10");
        OrderData order = new OrderData("XS-" + run, customer.getCustomerNo(), LocalDate.now().minusDays(3),
                "杭州市西湖区文三路 1 号", "SHIPPED", List.of(
                line("P-" + run + "-1", "4", "12.50"), line("P-" + run + "-2", "10", "3.10")));

        assertEquals(ImportOutcome.CREATED, as("sales", () -> imports.putOrder("SO-" + run, order)));
        OrderDetail first = history(customer.getId()).get(0);
        assertEquals(ImportOutcome.UNCHANGED, as("sales", () -> imports.putOrder("SO-" + run, order)));
        assertEquals(ImportOutcome.UNCHANGED, as("sales", () -> imports.putProduct("P-" + run + "-1",
                new ProductData("测试产品", "M-1", "B-1", "个", new BigDecimal("12.5")))));

        assertEquals(1, as("manager", () -> sales.countOrderHistory(customer.getId())));
        OrderDetail second = history(customer.getId()).get(0);
        assertEquals(first, second);
        assertEquals(2, second.lines().size());
        assertEquals(new BigDecimal("81.00"), second.total());

        // A changed message updates in place: one line fewer, a new quantity.
        OrderData changed = new OrderData("XS-" + run, customer.getCustomerNo(), order.orderDate(),
                order.deliveryAddress(), "PAID", List.of(line("P-" + run + "-1", "6", "12.50")));
        assertEquals(ImportOutcome.UPDATED, as("sales", () -> imports.putOrder("SO-" + run, changed)));
        OrderDetail updated = history(customer.getId()).get(0);
        assertEquals(1, updated.lines().size());
        assertEquals(new BigDecimal("75.00"), updated.total());
        assertEquals(OrderStatus.PAID, updated.order().status());
    }

    @Test
    void aBadMessageNamesEveryBadFieldAndLeavesNothingBehind() throws Exception {
        String run = suffix();
        Customer customer = newCustomer();
        product("P-" + run, "9.90");
        OrderData bad = new OrderData("XS-" + run, customer.getCustomerNo(), LocalDate.now(), "地址", "SHIPPED",
                List.of(line("P-" + run, "2", "9.90"), line("P-" + run, "0", "9.90"), line("NO-SUCH", "1", "-1")));
        SalesImportException refused = assertThrows(SalesImportException.class,
                () -> as("sales", () -> imports.putOrder("SO-" + run, bad)));
        List<String> fields = refused.getErrors().stream().map(FieldError::field).toList();
        assertEquals(List.of("lines[1].quantity", "lines[2].unitPrice", "lines[2].productId"), fields);
        assertEquals(0, as("manager", () -> sales.countOrderHistory(customer.getId())));

        OrderData unknownCustomer = new OrderData("XS-" + run, "KH-NOBODY", null, " ", "LOST",
                List.of(line("P-" + run, "1", "1")));
        refused = assertThrows(SalesImportException.class,
                () -> as("sales", () -> imports.putOrder("SO-" + run, unknownCustomer)));
        assertEquals(List.of("orderDate", "deliveryAddress", "status", "customerNo"),
                refused.getErrors().stream().map(FieldError::field).toList());

        SalesImportException noProduct = assertThrows(SalesImportException.class, () -> as("sales",
                () -> imports.putInventory("S-" + run, new InventoryData("NO-SUCH", "北京仓", "A-1", BigDecimal.ONE, null))));
        assertEquals("productId", noProduct.getErrors().get(0).field());
        assertEquals(0, as("manager", () -> sales.countInventory(new InventoryCriteria("NO-SUCH", null))));
    }

    @Test
    void onlyTheIntegrationRoleImportsAndOnlyViewersQuery() throws Exception {
        ProductData product = new ProductData("越权产品", null, null, "个", BigDecimal.ONE);
        assertThrows(EJBAccessException.class, () -> as("manager", () -> imports.putProduct("P-" + suffix(), product)));
        assertThrows(EJBAccessException.class, () -> as("exec", () -> imports.putProduct("P-" + suffix(), product)));
        assertThrows(EJBAccessException.class, () -> as("sales", () -> sales.countProducts(null)));
    }

    @Test
    void theOrderHistoryHasOnlyShippedAndPaidOrdersNewestFirstWithTheirTotals() throws Exception {
        String run = suffix();
        Customer customer = newCustomer();
        product("P-" + run, "19.99");
        LocalDate today = LocalDate.now();
        String[][] orders = {{"NEW", "1"}, {"PAID", "40"}, {"SHIPPED", "10"}, {"CANCELLED", "5"}, {"SHIPPED", "200"}};
        for (int i = 0; i < orders.length; i++) {
            String[] o = orders[i];
            OrderData order = new OrderData("XS-" + run + "-" + i, customer.getCustomerNo(),
                    today.minusDays(Long.parseLong(o[1])), "地址 " + i, o[0],
                    List.of(line("P-" + run, String.valueOf(i + 1), "19.99"), line("P-" + run, "0.5", "19.99")));
            int n = i;
            as("sales", () -> imports.putOrder("SO-" + run + "-" + n, order));
        }
        assertEquals(3, as("super", () -> sales.countOrderHistory(customer.getId())));
        List<OrderRow> rows = as("exec", () -> sales.orderHistory(customer.getId(), 0, 10));
        assertEquals(List.of("XS-" + run + "-2", "XS-" + run + "-1", "XS-" + run + "-4"),
                rows.stream().map(OrderRow::orderNo).toList());
        // Σ quantity × unit price: (3 + 0.5) × 19.99 = 69.965 → 69.97
        assertEquals(new BigDecimal("69.97"), rows.get(0).total());
        OrderDetail detail = as("manager", () -> sales.orderDetail(customer.getId(), rows.get(0).id()));
        assertEquals(new BigDecimal("59.97"), detail.lines().get(0).lineTotal());
        assertEquals(new BigDecimal("10.00"), detail.lines().get(1).lineTotal());
        assertEquals(new BigDecimal("69.97"), detail.total());
        assertEquals(1, as("manager", () -> sales.orderHistory(customer.getId(), 2, 10)).size());
        assertTrue(as("manager", () -> sales.countProducts(new ProductCriteria("测试产品", null, null))) >= 1);
    }

    @Test
    void aBulkFileIsImportedWholeOrNotAtAllAndASecondTimeChangesNothing() throws Exception {
        String run = suffix();
        Customer customer = newCustomer();
        String products = """
                externalId,name,model,batch,unit,price
                C-%1$s-1,"批量产品%1$s, 甲",M1,B1,个,10.00
                C-%1$s-2,批量产品%1$s乙,M2,B2,个,2.5
                """.formatted(run);
        assertEquals(new CsvImportResult(2, 0, 0), as("sales", () -> imports.importCsv(CsvKind.PRODUCTS, products)));
        assertEquals(new CsvImportResult(0, 0, 2), as("sales", () -> imports.importCsv(CsvKind.PRODUCTS, products)));

        String orders = """
                externalId,orderNo,customerNo,orderDate,deliveryAddress,status,productId,quantity,unit,unitPrice
                CO-%1$s,XS-C-%1$s,%2$s,2026-01-10,地址,SHIPPED,C-%1$s-1,3,个,10.00
                CO-%1$s,XS-C-%1$s,%2$s,2026-01-10,地址,SHIPPED,C-%1$s-2,4,个,2.50
                """.formatted(run, customer.getCustomerNo());
        assertEquals(new CsvImportResult(1, 0, 0), as("sales", () -> imports.importCsv(CsvKind.ORDERS, orders)));
        assertEquals(new CsvImportResult(0, 0, 1), as("sales", () -> imports.importCsv(CsvKind.ORDERS, orders)));
        OrderDetail order = history(customer.getId()).get(0);
        assertEquals(2, order.lines().size());
        assertEquals(new BigDecimal("40.00"), order.total());

        String bad = """
                externalId,name,model,batch,unit,price
                C-%1$s-3,新批量产品%1$s,,,个,1
                C-%1$s-4,,,,个,abc
                C-%1$s-5,产品,,,,-1
                """.formatted(run);
        SalesImportException refused = assertThrows(SalesImportException.class,
                () -> as("sales", () -> imports.importCsv(CsvKind.PRODUCTS, bad)));
        assertEquals(List.of("row[3].price", "row[4].unit", "row[4].price"),
                refused.getErrors().stream().map(FieldError::field).toList());
        assertEquals(0, as("manager", () -> sales.countProducts(new ProductCriteria("新批量产品" + run, null, null))));
    }

    private Customer newCustomer() throws Exception {
        Customer c = new Customer();
        c.setName("订单测试客户" + suffix());
        c.setRegion("EAST");
        c.setLevel("2");
        c.setAddress("上海市浦东新区世纪大道 100 号");
        c.setPostcode("200120");
        c.setPhone("021-" + (10_000_000 + (int) (Math.random() * 89_999_999)));
        return as("manager", () -> customers.create(c, null));
    }

    private void product(String id, String price) throws Exception {
        as("sales", () -> imports.putProduct(id, new ProductData("测试产品", "M-1", "B-1", "个", new BigDecimal(price))));
    }

    private List<OrderDetail> history(long customerId) throws Exception {
        return as("manager", () -> sales.orderHistory(customerId, 0, 10).stream()
                .map(r -> sales.orderDetail(customerId, r.id())).toList());
    }

    private static OrderLineData line(String productId, String quantity, String unitPrice) {
        return new OrderLineData(productId, new BigDecimal(quantity), "个", new BigDecimal(unitPrice));
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
