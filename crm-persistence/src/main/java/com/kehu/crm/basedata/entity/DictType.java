package com.kehu.crm.basedata.entity;

/**
 * The kinds of data-dictionary entries; each feeds the drop-downs of one field. Names: bundle key
 * {@code DictType.<NAME>}. A closed type is a fixed scale that business rules rely on (the five customer levels,
 * credit and satisfaction 1-5): no entry can be added to it.
 */
public enum DictType {
    CUSTOMER_LEVEL(true),
    REGION(false),
    SERVICE_TYPE(false),
    ENTERPRISE_TYPE(false),
    ENTERPRISE_NATURE(false),
    BANK(false),
    CREDIT(true),
    SATISFACTION(true);

    private final boolean closed;

    DictType(boolean closed) {
        this.closed = closed;
    }

    public boolean isClosed() {
        return closed;
    }
}
