package com.kehu.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The sales-system data in a real browser: a customer's order history and an order's lines; products; inventory. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SalesPagesIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }


    @Test
    void anOrderSentByTheSalesSystemShowsInTheCustomersOrderHistoryWithItsLines() throws Exception {
        browser.login("manager", "manager");
        browser.get("customer/list.xhtml");
        browser.type("f:sName", "北京华信");
        browser.click("f:search");
        browser.waitForText(By.id("f:customers"), "共 1 条");
        browser.driver().findElement(By.linkText("北京华信科技有限公司")).click();
        String customerNo = browser.waitFor(By.id("customerNo")).getText();

        String orderNo = "XS-UI-" + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> sent = SalesApi.put("v1/orders/" + orderNo, """
                {"orderNo": "%s", "customerNo": "%s", "orderDate": "%s", "deliveryAddress": "北京市海淀区中关村大街 27 号",
                 "status": "SHIPPED", "lines": [
                   {"productId": "P0001", "quantity": 2, "unit": "台", "unitPrice": 3280.00},
                   {"productId": "P0012", "quantity": 10, "unit": "根", "unitPrice": 18.50}]}"""
                .formatted(orderNo, customerNo, LocalDate.now()));
        assertEquals(201, sent.statusCode(), sent.body());

        browser.driver().navigate().refresh();
        browser.driver().findElement(By.linkText("历史订单")).click();
        browser.waitForText(By.id("tabs:ordersForm:orders"), orderNo);
        List<String> rows = browser.driver().findElements(By.cssSelector("#tabs\\:ordersForm\\:orders_data tr"))
                .stream().map(WebElement::getText).toList();
        assertTrue(rows.get(0).contains(orderNo), rows.toString());
        for (String row : rows) {
            assertTrue(row.contains("已发货") || row.contains("已付款"), row);
        }
        browser.screenshot("customer-orders");

        browser.driver().findElement(By.linkText(orderNo)).click();
        browser.waitForText(By.id("tabs:orderDetail"), "6,745.00");
        String detail = browser.waitFor(By.id("tabs:orderDetail")).getText();
        assertTrue(detail.contains("工业路由器") && detail.contains("6,560.00") && detail.contains("185.00"), detail);
        browser.screenshot("customer-order-lines");
    }

    @Test
    void theProductAndInventoryQueriesFilter() {
        browser.login("super", "super");
        browser.get("sales/products.xhtml");
        assertEquals("产品信息查询", browser.title());
        browser.type("f:sName", "工业");
        browser.click("f:search");
        browser.waitForText(By.id("f:products"), "KR-2100");
        assertTrue(browser.waitFor(By.id("f:products")).getText().contains("3,280.00"));
        browser.screenshot("products");

        browser.get("sales/inventory.xhtml");
        assertEquals("库存查询", browser.title());
        browser.type("f:sWarehouse", "上海仓");
        browser.click("f:search");
        browser.waitForText(By.id("f:inventory"), "上海仓");
        browser.waitForAjax();
        List<String> rows = browser.driver().findElements(By.cssSelector("#f\\:inventory_data tr")).stream()
                .map(WebElement::getText).toList();
        assertTrue(!rows.isEmpty());
        for (String row : rows) {
            assertTrue(row.contains("上海仓"), row);
        }
        browser.screenshot("inventory");
    }
}
