/** Customers (客户管理): customer records, their contacts and the record of interactions with them. */
package com.kehu.crm.customer.entity;
