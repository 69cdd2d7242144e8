/**
 * The home page's dashboards (首页工作台): what waits for the user (counts from each component's own lists, through
 * their boundaries, so that a count and the list it opens never disagree) and the key figures (关键指标) over all
 * customers or a manager's own. The revenue figures come from summary tables that a timer refreshes.
 */
package com.kehu.crm.dashboard.boundary;
