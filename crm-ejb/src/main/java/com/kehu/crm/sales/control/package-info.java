/** Helpers of the sales component: the field-by-field checks of import messages. */
package com.kehu.crm.sales.control;
