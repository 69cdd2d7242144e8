/** The dashboard's read-only aggregate queries and the refresh of its revenue summary tables. */
package com.kehu.crm.dashboard.control;
