/**
 * Pages of the security component: login and logout, own password, user and role administration; and the guard that
 * keeps a user whose password someone else chose on the own-password page until they changed it.
 */
package com.kehu.crm.web.security;
