package com.kehu.crm.sales.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.kehu.crm.sales.dto.CsvKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Columns found by their header, in English or Chinese, in any order. */
class HeaderMapTest {

    @Test
    void chineseHeadersInAnotherOrderWithAnExtraColumn() {
        HeaderMap map = HeaderMap.of(CsvKind.PRODUCTS, List.of("单价", "产品名称", "备用", " 外部编号 ", "单位", "型号",
                "批次"));
        assertEquals(List.of(), map.missing());
        assertEquals(List.of("P1", "交换机", "KS-1", "B1", "台", "1650.00"),
                map.values(List.of("1650.00", "交换机", "ignored", "P1", "台", "KS-1", "B1")));
    }

    @Test
    void englishHeadersInAnyCaseAndSpelling() {
        HeaderMap map = HeaderMap.of(CsvKind.ORDERS, List.of("external_id", "Order No", "CUSTOMERNO", "order-date",
                "deliveryAddress", "status", "productId", "quantity", "unit", "unit price"));
        assertEquals(List.of(), map.missing());
    }

    @Test
    void theMissingRequiredFieldsAreNamedAndOptionalOnesAreEmpty() {
        HeaderMap map = HeaderMap.of(CsvKind.INVENTORY, List.of("外部编号", "产品编号", "数量"));
        assertEquals(List.of("warehouse"), map.missing(), "location and memo may be left out");
        assertEquals(List.of("S1", "P1", "", "", "5", ""), map.values(List.of("S1", "P1", "5")));
    }
}
