/** Report criteria and result rows, shared by the pages and the exports. */
package com.kehu.crm.report.dto;
