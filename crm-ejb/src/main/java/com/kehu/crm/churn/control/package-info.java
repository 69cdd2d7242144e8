/**
 * Churn helpers: the schedule and thresholds read from system properties, the set-based check in bounded
 * transactions, won-back detection on the sales import, the managers' e-mail, and the warnings of a deleted customer.
 */
package com.kehu.crm.churn.control;
