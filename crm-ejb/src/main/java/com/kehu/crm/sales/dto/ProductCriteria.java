package com.kehu.crm.sales.dto;

import java.io.Serializable;

/** The product query's filters: name, model and batch, each a prefix; blank means any. */
public record ProductCriteria(String name, String model, String batch) implements Serializable {
}
