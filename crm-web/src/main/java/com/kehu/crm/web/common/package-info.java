/** What every page shares: the layout's menu and breadcrumbs, the language, messages from bundle keys, the business-exception handler, lazy list models, error pages. */
package com.kehu.crm.web.common;
