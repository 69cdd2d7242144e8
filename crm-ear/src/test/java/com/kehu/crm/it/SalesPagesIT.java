package com.kehu.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
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
        // The count is the search's, not the whole table's.
        browser.waitForText(By.id("f:products"), "共 " + browser.driver()
                .findElements(By.cssSelector("#f\\:products_data tr")).size() + " 条");
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

    @Test
    void anAdministratorImportsAProductFileSeesTheBadRowAndReRunsTheCorrectedFile() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Path dir = Files.createTempDirectory("kehu-import");
        String header = "externalId,name,model,batch,unit,price\n";
        Path bad = Files.writeString(dir.resolve("products-" + run + ".csv"), "\uFEFF" + header
                + "IMP-" + run + "-1,页面导入" + run + "甲,M1,B1,台,100.00\n"
                + "IMP-" + run + "-2,页面导入" + run + "乙,M2,B2,台,-5\n"
                + "IMP-" + run + "-3,页面导入" + run + "丙,M3,B3,台,30.00\n");
        browser.login("admin", "admin");
        browser.get("sales/import.xhtml");
        assertEquals("销售数据导入", browser.title());
        browser.driver().findElement(By.id("f:upload_input")).sendKeys(bad.toString());
        // The shared progress component: status, bar, rows read, the figures, the run in the latest runs.
        browser.waitForText(By.id("f:jobStatus"), "已完成");
        String summary = browser.waitFor(By.id("f:jobCurrent")).getText();
        assertTrue(summary.contains("已处理 3 / 3 行") && summary.contains("新增 2") && summary.contains("出错行 1")
                && summary.contains("已用时"), summary);
        assertEquals("100%", browser.waitFor(By.cssSelector("[id='f:jobBar'] .ui-progressbar-label")).getText());
        assertTrue(browser.waitFor(By.id("f:jobRuns")).getText().contains("products-" + run + ".csv"));
        // The refused row by its number in the file (the header is row 1) and the reason in Chinese.
        String errors = browser.waitFor(By.id("f:errors")).getText();
        assertTrue(errors.contains("3") && errors.contains("price") && errors.contains("负"), errors);
        browser.screenshot("sales-import");

        Files.writeString(bad, header + "IMP-" + run + "-1,页面导入" + run + "甲,M1,B1,台,100.00\n"
                + "IMP-" + run + "-2,页面导入" + run + "乙,M2,B2,台,5.00\n"
                + "IMP-" + run + "-3,页面导入" + run + "丙,M3,B3,台,30.00\n");
        browser.get("sales/import.xhtml");
        browser.driver().findElement(By.id("f:upload_input")).sendKeys(bad.toString());
        browser.waitForText(By.id("f:jobStatus"), "已完成");
        String again = browser.waitFor(By.id("f:jobCurrent")).getText();
        assertTrue(again.contains("新增 1") && again.contains("更新 0") && again.contains("未变 2"), again);

        browser.get("sales/products.xhtml");
        browser.type("f:sName", "页面导入" + run);
        browser.click("f:search");
        browser.waitForText(By.id("f:products"), "共 3 条");
    }
}
