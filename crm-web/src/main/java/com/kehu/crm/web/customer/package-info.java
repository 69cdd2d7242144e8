/** Pages of the customer component: the customer list, the customer form and the customer page with its tabs. */
package com.kehu.crm.web.customer;
