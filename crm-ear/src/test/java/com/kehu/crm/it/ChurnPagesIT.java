package com.kehu.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Churn in a real browser: a customer whose last order is seven months old is warned when the administrator runs
 * the check; its manager defers (a measure), then confirms the loss with a reason, and the customer shows as lost.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChurnPagesIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aManagerDefersThenConfirmsTheLossAndTheCustomerIsLost() throws Exception {
        String name = "流失测试客户" + UUID.randomUUID().toString().substring(0, 4);
        browser.login("manager", "manager");
        browser.get("customer/edit.xhtml");
        browser.type("f:name", name);
        browser.select("f:region", "EAST");
        browser.select("f:level", "2");
        browser.type("f:address", "南京市鼓楼区中山路 1 号");
        browser.type("f:postcode", "210008");
        browser.type("f:phone", "025-86661234");
        browser.click("f:save");
        String customerNo = browser.waitFor(By.id("customerNo")).getText();
        String orderNo = "XS-CHN-" + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> sent = SalesApi.put("v1/orders/" + orderNo, """
                {"orderNo": "%s", "customerNo": "%s", "orderDate": "%s", "deliveryAddress": "南京市鼓楼区中山路 1 号",
                 "status": "SHIPPED", "lines": [{"productId": "P0001", "quantity": 1, "unit": "台", "unitPrice": 3280.00}]}"""
                .formatted(orderNo, customerNo, LocalDate.now().minusMonths(7)));
        assertEquals(201, sent.statusCode(), sent.body());
        browser.logout();

        // The administrator runs the check by hand and follows it to its end.
        browser.login("admin", "admin");
        browser.get("churn/admin/check.xhtml");
        assertEquals("流失检查", browser.title());
        browser.click("f:runNow");
        browser.waitForMessage("流失检查完成");
        // The shared progress component: the run done, its customers and warnings, in the latest runs.
        browser.waitForText(By.id("f:jobStatus"), "已完成");
        String current = browser.waitFor(By.id("f:jobCurrent")).getText();
        assertTrue(current.contains("个客户") && current.contains("新增预警"), current);
        String runs = browser.waitFor(By.id("f:jobRuns")).getText();
        assertTrue(runs.contains("手动") && runs.contains("已完成"), runs);
        assertTrue(browser.waitFor(By.id("configured")).getText().contains("SAT 02:00"));
        browser.screenshot("churn-check");
        browser.logout();

        // The manager sees it on the home page and in the work list, with the reason.
        browser.login("manager", "manager");
        String home = browser.waitFor(By.id("wChurnCount")).getText();
        assertTrue(home.matches("[1-9][0-9]*"), home);
        browser.screenshot("home-churn");
        browser.click("wChurn");
        assertEquals("流失预警", browser.title());
        browser.type("f:sName", name);
        browser.click("f:search");
        browser.waitForText(By.id("f:warnings"), name);
        String row = browser.waitFor(By.id("f:warnings_data")).getText();
        assertTrue(row.contains(LocalDate.now().minusMonths(7).toString()) && row.contains("预警"), row);
        browser.screenshot("churn-list");
        browser.click("f:warnings:0:open");
        browser.waitFor(By.id("deferForm:measure"));
        assertTrue(browser.title().contains(name), browser.title());
        assertTrue(browser.driver().findElements(By.id("confirmForm:confirm")).isEmpty(), "no confirmation before a deferral");

        // A measure is required, then recorded; only then can the loss be confirmed, with a reason.
        browser.click("deferForm:defer");
        browser.waitForMessage("请填写暂缓措施");
        browser.type("deferForm:measure", "上门拜访，提供新产品试用");
        browser.click("deferForm:defer");
        browser.waitForMessage("已记录对");
        browser.waitForText(By.id("status"), "暂缓流失");
        assertTrue(browser.waitFor(By.id("measureTable")).getText().contains("上门拜访，提供新产品试用"));
        browser.screenshot("churn-deferred");

        confirm();
        browser.waitForMessage("请填写流失原因");
        browser.type("confirmForm:reason", "客户已转向竞争对手采购");
        confirm();
        browser.waitForMessage("已确认");
        browser.waitForText(By.id("status"), "已流失");
        assertTrue(browser.waitFor(By.id("lostReason")).getText().contains("竞争对手"));
        assertTrue(browser.driver().findElements(By.id("deferForm:defer")).isEmpty(), "a lost customer is final");
        browser.screenshot("churn-lost");

        browser.click("customer");
        browser.waitFor(By.id("customerNo"));
        WebElement basic = browser.waitFor(By.id("basicInfo"));
        assertTrue(basic.getText().contains("已流失"), basic.getText());
    }

    @Test
    void onlyAdministratorsRunTheCheckOverRest() throws Exception {
        assertEquals(403, postCheck("sales", "sales").statusCode());
        assertEquals(403, postCheck("manager", "manager").statusCode());
        HttpResponse<String> run = postCheck("admin", "admin");
        assertEquals(200, run.statusCode(), run.body());
        assertTrue(run.body().contains("\"warningsCreated\"") && run.body().contains("\"DONE\""), run.body());
    }

    private void confirm() {
        browser.click("confirmForm:confirm");
        browser.waitFor(By.cssSelector(".ui-confirmdialog-yes")).click();
        browser.waitForAjax();
    }

    private static HttpResponse<String> postCheck(String user, String password) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Browser.BASE + "api/v1/churn/check"))
                .timeout(Duration.ofSeconds(120)).header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
