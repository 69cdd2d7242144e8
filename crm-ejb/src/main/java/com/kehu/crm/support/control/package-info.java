/**
 * The rules of customer service: the workflow of a request, the folding of counts into periods, and keeping the
 * customer of a request from being deleted.
 */
package com.kehu.crm.support.control;
