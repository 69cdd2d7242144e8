/**
 * Customer service (服务管理): service requests from creation to archive, and their analysis. The workflow's rules
 * live in {@link com.kehu.crm.support.control.ServiceWorkflow}; the services load, check caller, version and
 * rights, and delegate.
 */
package com.kehu.crm.support.boundary;
