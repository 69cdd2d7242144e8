/**
 * The customer-service pages (服务管理): new request, the lists of each step, a request's page with its timeline
 * and the action of its current step, the analysis, and the service tab of a customer's page.
 */
package com.kehu.crm.web.support;
