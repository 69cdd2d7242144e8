/**
 * The report pages (统计报表): contribution, composition and churn analysis, each a chart and a table drawn from the
 * same result, exportable (Excel, PDF with the filters and the chart, CSV), with their filters in the URL so that a
 * report can be bookmarked and sent on. The service composition is the service analysis page of {@code support}.
 */
package com.kehu.crm.web.report;
