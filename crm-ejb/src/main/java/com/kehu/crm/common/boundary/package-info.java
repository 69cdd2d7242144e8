/**
 * What every business component shares: the business exceptions that cross the boundary to the pages and the REST
 * interface, the schema migration that runs before anything else at deployment, and the database readiness check
 * that the server's health endpoint asks (for load balancers and monitoring).
 */
package com.kehu.crm.common.boundary;
