/**
 * Kehu CRM's checks for the server's health endpoint (MicroProfile Health): whether the application can serve users.
 * In the EAR's library jar, not with the services, because only there does WildFly find them in an EAR.
 */
package com.kehu.crm.common.health;
