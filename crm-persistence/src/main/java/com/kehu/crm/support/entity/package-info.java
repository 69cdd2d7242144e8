/**
 * Customer service (服务管理): service requests and the steps of their handling (created, assigned, handled,
 * feedback), kept one per row so that every round of a request stays visible.
 */
package com.kehu.crm.support.entity;
