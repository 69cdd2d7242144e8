package com.kehu.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** The customer pages in a real browser: create, duplicates, contacts, interactions, list search, sort and filters. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CustomerPagesIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }


    @Test
    void aManagerCreatesACustomerAndAddsAContactAndAnInteraction() {
        String name = "浙江测试贸易有限公司" + UUID.randomUUID().toString().substring(0, 4);
        browser.login("manager", "manager");
        browser.get("customer/list.xhtml");
        browser.click("newCustomer");
        assertEquals("新建客户", browser.title());

        // Required fields are checked next to them.
        browser.click("f:save");
        browser.waitForMessage("请输入客户名称");
        browser.screenshot("customer-edit-errors");

        browser.type("f:name", name);
        browser.select("f:region", "EAST");
        browser.select("f:level", "3");
        browser.type("f:address", "杭州市滨江区江南大道 3880 号");
        browser.type("f:postcode", "310051");
        browser.type("f:phone", "0571-86661234");
        browser.click("f:save");
        browser.waitFor(By.id("customerNo"));
        assertEquals(name, browser.title());
        assertTrue(browser.waitFor(By.id("customerNo")).getText().startsWith("KH"));
        assertEquals("张经理 Zhang Min", browser.waitFor(By.id("tabs:manager")).getText());

        browser.waitFor(By.cssSelector("a[href*='contactsTab']")).click();
        browser.click("tabs:contactsForm:newContact");
        browser.waitForAjax();
        browser.waitFor(By.id("contactDialog"));
        browser.type("contactForm:name", "周八");
        browser.type("contactForm:position", "采购经理");
        browser.type("contactForm:officePhone", "0571-86661235");
        browser.type("contactForm:mobile", "12345");
        browser.click("contactForm:save");
        browser.waitForMessage("手机号码为 11 位数字");
        browser.type("contactForm:mobile", "13900001234");
        browser.click("contactForm:save");
        browser.waitForText(By.id("tabs:contactsForm:contacts"), "周八");
        browser.screenshot("customer-contacts");

        browser.waitFor(By.cssSelector("a[href*='interactionsTab']")).click();
        browser.click("tabs:interactionsForm:newInteraction");
        browser.waitForAjax();
        browser.waitFor(By.id("interactionDialog"));
        browser.type("interactionForm:place", "客户公司");
        browser.type("interactionForm:summary", "首次拜访");
        browser.type("interactionForm:details", "介绍了我们的产品，客户希望下周看样品。");
        browser.click("interactionForm:save");
        browser.waitForText(By.id("tabs:interactionsForm:interactions"), "首次拜访");

        // The history shows every change as users read it: labels, not the stored codes (newest first: the
        // region and level just changed, then the contact).
        browser.click("edit");
        browser.select("f:region", "NORTH");
        browser.select("f:level", "1");
        browser.click("f:save");
        browser.waitFor(By.id("customerNo"));
        browser.waitFor(By.cssSelector("a[href*='historyTab']")).click();
        browser.waitForText(By.id("tabs:historyForm:history"), "华北");
        String history = browser.driver().findElement(By.id("tabs:historyForm:history")).getText();
        for (String label : new String[] {"华东", "华北", "大客户", "男"}) {
            assertTrue(history.contains(label), label + " in the history: " + history);
        }
        for (String code : new String[] {"EAST", "NORTH", "MALE"}) {
            assertFalse(history.contains(code), "no code " + code + " in the history: " + history);
        }
        browser.screenshot("customer-history");
    }

    @Test
    void aCustomerWithTheNameOfAnExistingOneIsShownItsDuplicatesBeforeSaving() {
        browser.login("manager", "manager");
        browser.get("customer/edit.xhtml");
        browser.type("f:name", "北京华信科技有限公司");
        browser.select("f:region", "NORTH");
        browser.type("f:address", "北京市海淀区");
        browser.type("f:postcode", "100080");
        browser.type("f:phone", "010-11112222");
        browser.click("f:save");
        browser.waitForText(By.id("f:duplicates"), "北京华信科技有限公司");
        assertEquals("仍然保存", browser.waitFor(By.id("f:save")).getText());
        browser.screenshot("customer-duplicates");
    }

    @Test
    void theListSearchesSortsAndFiltersByColumn() {
        browser.login("exec", "exec");
        browser.get("customer/list.xhtml");
        browser.waitForText(By.id("f:customers"), "共 ");
        browser.screenshot("customers");

        browser.type("f:sName", "北京");
        browser.click("f:search");
        browser.waitForText(By.id("f:customers"), "共 1 条");
        assertTrue(rows().get(0).contains("北京华信科技有限公司"), rows().toString());

        browser.click("f:reset");
        browser.waitForAjax();
        browser.select("f:customers:regionFilter", "SOUTHWEST");
        browser.waitForText(By.id("f:customers"), "成都天府软件园信息服务有限公司");
        for (String row : rows()) {
            assertTrue(row.contains("西南"), row);
        }
        // Sorted by name, descending: click the header twice.
        WebElement nameHeader = browser.driver().findElements(By.cssSelector("#f\\:customers th")).stream()
                .filter(th -> th.getText().startsWith("客户名称")).findFirst().orElseThrow();
        // (on the title: the middle of a header may be its filter field)
        nameHeader.findElement(By.cssSelector(".ui-column-title")).click();
        browser.waitForAjax();
        browser.waitFor(By.cssSelector("#f\\:customers th.ui-state-active .ui-column-title")).click();
        browser.waitForAjax();
        List<String> names = rows().stream().map(r -> r.split("\\s+")[1]).toList();
        List<String> sorted = names.stream().sorted(java.util.Comparator.reverseOrder()).toList();
        assertEquals(sorted, names);
    }

    @Test
    void anotherManagersCustomerOpensReadOnly() {
        browser.login("manager2", "manager2");
        browser.get("customer/list.xhtml");
        browser.type("f:sName", "北京华信");
        browser.click("f:search");
        browser.waitForText(By.id("f:customers"), "共 1 条");
        browser.driver().findElement(By.linkText("北京华信科技有限公司")).click();
        browser.waitFor(By.id("customerNo"));
        assertTrue(browser.driver().findElements(By.id("edit")).isEmpty(), "no edit button");
        assertTrue(browser.driver().findElements(By.id("tabs:contactsForm:newContact")).isEmpty(), "no new contact");
        browser.get("customer/edit.xhtml?id=" + browser.driver().getCurrentUrl().replaceAll(".*id=", ""));
        assertEquals("没有权限", browser.title());
    }

    private List<String> rows() {
        return browser.driver().findElements(By.cssSelector("#f\\:customers_data tr")).stream()
                .map(WebElement::getText).toList();
    }
}
