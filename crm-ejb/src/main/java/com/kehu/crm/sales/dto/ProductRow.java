package com.kehu.crm.sales.dto;

import java.io.Serializable;
import java.math.BigDecimal;

/** A row of the product query (产品信息查询). */
public record ProductRow(long id, String externalId, String name, String model, String batch, String unit,
                         BigDecimal price) implements Serializable {
}
