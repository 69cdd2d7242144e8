/**
 * Security (用户、角色、权限): who the caller is and what they may do ({@link CurrentUser}, the one place every
 * component and page asks), user and role administration, the own-password change, login throttling, the first
 * users of a new database, and the hash-chained security audit trail (安全审计, {@link SecurityAudit}). Authentication itself is the container's (Elytron realm, config/20-security.cli).
 */
package com.kehu.crm.security.boundary;
