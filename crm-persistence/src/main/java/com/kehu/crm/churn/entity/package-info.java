/**
 * Churn (客户流失): the warnings the weekly check raises for customers who stopped ordering, the measures their
 * managers record to keep them (暂缓流失), and the runs of the check itself.
 */
package com.kehu.crm.churn.entity;
