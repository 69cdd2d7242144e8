/**
 * The REST interface for the company's sales system under {@code /crm/api/v1/} (JAX-RS, JSON-B): idempotent
 * create-or-update of products, inventory and orders keyed by the sales system's ids, for callers with the right
 * {@code sales.import} (HTTP BASIC on every call, checked by {@link com.kehu.crm.web.api.ApiAuthenticationFilter}; no
 * session). Errors answer one JSON shape ({@link com.kehu.crm.web.api.ApiErrors}). The resources only map HTTP to {@code SalesImportService}; the payloads are DTO
 * records, never entities. The contract: {@code /crm/api/openapi.yaml}.
 */
package com.kehu.crm.web.api;
