/**
 * The read-only copy of the company sales system's data (订单/产品/库存): products, inventory, sales orders and their
 * lines. Only the import interface writes them, keyed by the sales system's own ids ({@code externalId}), so that a
 * message sent twice changes nothing.
 */
package com.kehu.crm.sales.entity;
