/** What the security services return to pages: list rows, the caller's profile, login state. */
package com.kehu.crm.security.dto;
