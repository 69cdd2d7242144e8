/** What the customer-service pages show and send: list rows, criteria, forms, timeline steps, analysis counts. */
package com.kehu.crm.support.dto;
