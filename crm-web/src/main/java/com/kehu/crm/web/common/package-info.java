/** What every page shares: the layout's menu and breadcrumbs, the language, messages from bundle keys, the business-exception handler, lazy list models, error pages; and the database readiness check the server's health endpoint asks. */
package com.kehu.crm.web.common;
