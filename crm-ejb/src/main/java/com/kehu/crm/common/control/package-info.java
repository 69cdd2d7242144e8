/**
 * Mechanisms every component's services use, without business rules: the conditions, count and pages of a list
 * ({@link com.kehu.crm.common.control.PagedList}), the history of an audited record, optimistic-lock checks of forms,
 * the clock, the metrics of background runs.
 */
package com.kehu.crm.common.control;
