/**
 * Customers (客户管理): customers, their contacts and interaction records. The ownership rule lives in
 * {@link com.kehu.crm.customer.boundary.CustomerOwnership} and is checked by every changing method.
 */
package com.kehu.crm.customer.boundary;
