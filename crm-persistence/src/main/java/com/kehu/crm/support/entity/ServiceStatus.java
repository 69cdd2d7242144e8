package com.kehu.crm.support.entity;

/** Where a service request stands. Names: bundle key {@code ServiceStatus.<NAME>}. */
public enum ServiceStatus {
    /** 新创建: recorded, waiting for a supervisor to assign it. */
    CREATED,
    /** 已分配: a manager is to handle it (again, after a feedback below the threshold). */
    ASSIGNED,
    /** 已处理: handled, waiting for the customer's feedback. */
    HANDLED,
    /** 已归档: the customer was satisfied; read-only from now on. */
    ARCHIVED
}
