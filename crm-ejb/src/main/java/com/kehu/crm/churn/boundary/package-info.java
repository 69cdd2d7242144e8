/**
 * Churn (客户流失): the managers' work list of warnings with deferral and confirmation, and the weekly check with its
 * persistent timer and its administration (last run, run now).
 */
package com.kehu.crm.churn.boundary;
