/** Churn pages (客户流失): the warnings work list, one warning with its measures, and the check's administration. */
package com.kehu.crm.web.churn;
