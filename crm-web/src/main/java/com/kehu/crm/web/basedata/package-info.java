/** Pages of basic data: the data dictionary. */
package com.kehu.crm.web.basedata;
