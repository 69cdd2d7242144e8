/** Churn list rows, the explanation of a warning, and the check's run and schedule as pages show them. */
package com.kehu.crm.churn.dto;
