package com.kehu.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The whole path from lead to customer in a real browser: a manager records an opportunity, a supervisor assigns it,
 * the manager plans, records a result and closes it as succeeded, and the new customer is on the customer list; a
 * step taken too early is refused with a message in Chinese.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpportunityPagesIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aLeadBecomesACustomerThroughAssignmentPlanAndExecution() {
        String name = "宁波海曙机械有限公司" + UUID.randomUUID().toString().substring(0, 4);

        // The manager records the lead; required fields are checked next to them.
        browser.login("manager", "manager");
        browser.get("opportunity/list.xhtml");
        assertEquals("销售机会管理", browser.title());
        browser.click("newOpportunity");
        assertEquals("新建销售机会", browser.title());
        browser.click("f:save");
        browser.waitForMessage("请输入客户名称");
        browser.type("f:customerName", name);
        browser.type("f:source", "老客户介绍");
        browser.type("f:summary", "采购 200 台数控机床的管理软件");
        browser.type("f:contactName", "陈立");
        browser.type("f:contactPhone", "0574-87651234");
        browser.type("f:description", "客户计划明年上线新的客户管理系统，预算已批。");
        browser.screenshot("opportunity-edit");
        browser.click("f:save");
        browser.waitFor(By.id("opportunityNo"));
        assertTrue(browser.title().contains(name), browser.title());
        assertEquals("未分配", browser.waitFor(By.id("tabs:status")).getText());
        browser.logout();

        // The supervisor finds it among those to assign and assigns it to the manager.
        browser.login("super", "super");
        browser.get("opportunity/assign/list.xhtml");
        assertEquals("待指派的销售机会", browser.title());
        browser.waitForText(By.id("f:opportunities"), name);
        browser.screenshot("opportunities-to-assign");
        browser.driver().findElement(By.linkText(name)).click();
        browser.waitFor(By.id("opportunityNo"));
        browser.click("assign");
        browser.waitForAjax();
        browser.waitFor(By.id("assignDialog"));
        browser.select("assignForm:assignee", optionValue("assignForm:assignee", "张经理 Zhang Min"));
        browser.click("assignForm:save");
        browser.waitForText(By.id("tabs:assignee"), "张经理 Zhang Min");
        assertEquals("开发中", browser.waitFor(By.id("tabs:status")).getText());
        browser.logout();

        // The manager develops it: closing before any result is refused with a clear message.
        browser.login("manager", "manager");
        browser.get("opportunity/develop/list.xhtml");
        assertEquals("我的客户开发", browser.title());
        browser.waitForText(By.id("f:opportunities"), name);
        browser.driver().findElement(By.linkText(name)).click();
        browser.waitFor(By.id("opportunityNo"));
        browser.click("closeSucceeded");
        browser.waitForMessage("还没有已执行的计划项");
        browser.screenshot("opportunity-refused");

        browser.click("tabs:planForm:newItem");
        browser.waitForAjax();
        browser.waitFor(By.id("itemDialog"));
        browser.type("itemForm:content", "上门演示系统");
        browser.click("itemForm:save");
        browser.waitForText(By.id("tabs:planForm:plan"), "上门演示系统");

        browser.click("tabs:planForm:plan:0:recordResult");
        browser.waitForAjax();
        browser.waitFor(By.id("resultDialog"));
        browser.click("resultForm:save");
        browser.waitForMessage("请输入执行效果");
        browser.type("resultForm:result", "客户满意，同意签约");
        browser.click("resultForm:save");
        browser.waitForText(By.id("tabs:planForm:plan"), "客户满意，同意签约");
        browser.screenshot("opportunity-plan");

        browser.click("closeSucceeded");
        browser.waitForAjax();
        browser.waitFor(By.id("succeededDialog"));
        assertEquals("0574-87651234", browser.waitFor(By.id("succeededForm:phone")).getDomProperty("value"));
        browser.select("succeededForm:region", "EAST");
        browser.type("succeededForm:address", "宁波市海曙区中山西路 100 号");
        browser.type("succeededForm:postcode", "315000");
        browser.type("succeededForm:position", "信息部经理");
        browser.screenshot("opportunity-close-succeeded");
        browser.click("succeededForm:save");
        browser.waitFor(By.id("tabs:customerLink"));
        assertEquals("开发成功", browser.waitFor(By.id("tabs:status")).getText());
        browser.screenshot("opportunity-succeeded");

        // The page links to the new customer, whose manager is the assignee.
        browser.click("tabs:customerLink");
        browser.waitFor(By.id("customerNo"));
        assertEquals(name, browser.title());
        assertEquals("张经理 Zhang Min", browser.waitFor(By.id("tabs:manager")).getText());

        // ... and it is on the customer list.
        browser.get("customer/list.xhtml");
        browser.type("f:sName", name);
        browser.click("f:search");
        browser.waitForText(By.id("f:customers"), "共 1 条");
        assertTrue(browser.waitFor(By.id("f:customers")).getText().contains(name));
    }

    @Test
    void anExecutiveSeesOpportunitiesButNoActionsAndCannotOpenTheWorkLists() {
        browser.login("exec", "exec");
        browser.get("opportunity/list.xhtml");
        assertEquals("销售机会管理", browser.title());
        assertTrue(browser.driver().findElements(By.id("newOpportunity")).isEmpty());
        browser.get("opportunity/assign/list.xhtml");
        assertEquals("没有权限", browser.title());
        browser.get("opportunity/edit.xhtml");
        assertEquals("没有权限", browser.title());
    }

    /** The value of the option labelled {@code label} in a PrimeFaces select menu. */
    private String optionValue(String id, String label) {
        return (String) ((JavascriptExecutor) browser.driver()).executeScript(
                "return Array.from(document.getElementById(arguments[0] + '_input').options)"
                        + ".find(o => o.text === arguments[1]).value;", id, label);
    }
}
