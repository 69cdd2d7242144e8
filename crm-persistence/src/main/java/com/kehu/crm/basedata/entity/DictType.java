package com.kehu.crm.basedata.entity;

/** The kinds of data-dictionary entries; each feeds the drop-downs of one field. Names: bundle key {@code DictType.<NAME>}. */
public enum DictType {
    CUSTOMER_LEVEL,
    REGION,
    SERVICE_TYPE,
    ENTERPRISE_TYPE,
    ENTERPRISE_NATURE,
    BANK,
    CREDIT,
    SATISFACTION
}
