/** Basic data (基础数据): the data dictionary behind every drop-down. */
package com.kehu.crm.basedata.boundary;
