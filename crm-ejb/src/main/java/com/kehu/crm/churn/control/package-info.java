/**
 * Churn helpers: the schedule and thresholds read from system properties, the set-based check in bounded
 * transactions, won-back detection on the sales import, and the managers' e-mail.
 */
package com.kehu.crm.churn.control;
