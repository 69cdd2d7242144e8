/**
 * Reports (统计报表): customer contribution, customer composition and churn analysis, each computed by the database
 * (GROUP BY, one query per figure). Executives, supervisors and administrators see all customers, a customer manager
 * only their own: the queries take the caller from the container, never from the page. The service composition is the
 * service analysis of {@code support}.
 */
package com.kehu.crm.report.boundary;
