/**
 * What every business component shares: the business exceptions that cross the boundary to the pages and the REST
 * interface, and the schema migration that runs before anything else at deployment.
 */
package com.kehu.crm.common.boundary;
