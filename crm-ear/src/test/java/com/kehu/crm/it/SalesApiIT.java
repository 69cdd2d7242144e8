package com.kehu.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The sales-system REST interface over HTTP, as the sales system calls it: status codes, error bodies, security. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SalesApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aProductIsCreatedThenUnchangedThenUpdated() throws Exception {
        String id = "API-" + suffix();
        String body = """
                {"name": "接口测试产品", "model": "API-1", "batch": "B1", "unit": "台", "price": 99.50}""";
        HttpResponse<String> created = SalesApi.put("v1/products/" + id, body);
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.body().contains("\"CREATED\""), created.body());
        HttpResponse<String> again = SalesApi.put("v1/products/" + id, body);
        assertEquals(200, again.statusCode(), again.body());
        assertTrue(again.body().contains("\"UNCHANGED\""), again.body());
        HttpResponse<String> changed = SalesApi.put("v1/products/" + id, body.replace("99.50", "89.50"));
        assertEquals(200, changed.statusCode(), changed.body());
        assertTrue(changed.body().contains("\"UPDATED\""), changed.body());

        HttpResponse<String> stock = SalesApi.put("v1/inventory/S" + id, """
                {"productId": "%s", "warehouse": "北京仓", "location": "A-01", "quantity": 12}""".formatted(id));
        assertEquals(201, stock.statusCode(), stock.body());
    }

    @Test
    void badPayloadsGet400NamingEachBadField() throws Exception {
        HttpResponse<String> product = SalesApi.put("v1/products/API-" + suffix(), """
                {"name": " ", "unit": "台", "price": -1}""");
        assertEquals(400, product.statusCode(), product.body());
        assertTrue(product.body().contains("\"field\":\"name\""), product.body());
        assertTrue(product.body().contains("\"field\":\"price\""), product.body());

        HttpResponse<String> order = SalesApi.put("v1/orders/API-" + suffix(), """
                {"orderNo": "XS-API", "customerNo": "KH-NO-SUCH", "orderDate": "2026-01-15",
                 "deliveryAddress": "北京市", "status": "SHIPPED",
                 "lines": [{"productId": "P0001", "quantity": 0, "unit": "台", "unitPrice": 10}]}""");
        assertEquals(400, order.statusCode(), order.body());
        assertTrue(order.body().contains("\"field\":\"lines[0].quantity\""), order.body());
        assertTrue(order.body().contains("\"field\":\"customerNo\""), order.body());

        HttpResponse<String> malformed = SalesApi.put("v1/orders/API-" + suffix(), """
                {"orderNo": "XS-API", "orderDate": "15.01.2026", "lines": []}""");
        assertEquals(400, malformed.statusCode(), malformed.body());
        assertTrue(malformed.body().contains("\"errors\""), malformed.body());
    }

    @Test
    void withoutCredentialsTheInterfaceAnswers401AndWithoutTheRight403() throws Exception {
        String body = """
                {"name": "越权产品", "unit": "台", "price": 1}""";
        HttpResponse<String> anonymous = SalesApi.put("v1/products/API-" + suffix(), body, null, null);
        assertEquals(401, anonymous.statusCode(), anonymous.headers().map() + " " + anonymous.body());
        HttpResponse<String> wrongPassword = SalesApi.put("v1/products/API-" + suffix(), body, "sales", "wrong");
        assertEquals(401, wrongPassword.statusCode(), wrongPassword.body());
        HttpResponse<String> manager = SalesApi.put("v1/products/API-" + suffix(), body, "manager", "manager");
        assertEquals(403, manager.statusCode(), manager.body());
    }

    @Test
    void aBulkCsvFileIsImportedOrRefusedWithTheBadRows() throws Exception {
        String id = "CSV-" + suffix();
        HttpResponse<String> done = SalesApi.post("v1/import/products", """
                externalId,name,model,batch,unit,price
                %s,批量接口产品,K-1,B1,台,12.00
                """.formatted(id));
        assertEquals(200, done.statusCode(), done.body());
        assertTrue(done.body().contains("\"created\":1"), done.body());
        HttpResponse<String> bad = SalesApi.post("v1/import/products", """
                externalId,name,model,batch,unit,price
                %s,批量接口产品,K-1,B1,台,twelve
                """.formatted(id));
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("\"field\":\"row[2].price\""), bad.body());
    }

    @Test
    void theOpenApiDocumentIsServed() throws Exception {
        HttpResponse<String> doc = SalesApi.get("openapi.yaml", "sales", "sales");
        assertEquals(200, doc.statusCode(), doc.body());
        assertTrue(doc.body().startsWith("openapi: 3"), doc.body());
        assertTrue(doc.body().contains("/v1/orders/{externalId}"), doc.body());
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
