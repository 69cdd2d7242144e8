/**
 * Security (用户、角色、权限): user and role administration, the own-password change, login throttling and the first
 * users of a new database. Authentication itself is the container's (Elytron realm, config/20-security.cli).
 */
package com.kehu.crm.security.boundary;
