/** Report helpers: who sees which customers, and the ranking arithmetic over the database's sums. */
package com.kehu.crm.report.control;
