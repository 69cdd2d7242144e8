/** What the dashboards show: counts that link to lists, and key figures for the small charts. */
package com.kehu.crm.dashboard.dto;
