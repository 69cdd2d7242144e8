/** What the reports are built from: their native WHERE clauses, and the ranking arithmetic over the database's sums. */
package com.kehu.crm.report.control;
