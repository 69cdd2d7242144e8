/** Basic data (基础数据): the data dictionary that feeds every drop-down. */
package com.kehu.crm.basedata.entity;
