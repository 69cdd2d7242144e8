/**
 * The sales component's payloads: the import interface's messages ({@code *Data}, what the sales system sends), the
 * field errors it answers with, and the rows and details of the read-only queries.
 */
package com.kehu.crm.sales.dto;
