/** Pages of the security component: login and logout, own password, user and role administration. */
package com.kehu.crm.web.security;
