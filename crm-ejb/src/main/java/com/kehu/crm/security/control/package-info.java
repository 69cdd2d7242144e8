/** Password hashing and strength rules, and the container's own check of a current password. */
package com.kehu.crm.security.control;
