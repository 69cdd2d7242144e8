/**
 * Pages over the sales system's read-only data: the order history tab of the customer page, the product query
 * (产品信息查询) and the inventory query (库存查询).
 */
package com.kehu.crm.web.sales;
