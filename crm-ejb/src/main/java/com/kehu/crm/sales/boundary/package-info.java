/**
 * The sales component's services: {@link com.kehu.crm.sales.boundary.SalesImportService} (the sales system's
 * idempotent import, right {@code sales.import}), {@link com.kehu.crm.sales.boundary.SalesService} (order history,
 * product and inventory queries, right {@code sales.view}) and the demo data.
 */
package com.kehu.crm.sales.boundary;
