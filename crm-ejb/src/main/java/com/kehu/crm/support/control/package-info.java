/** The rules of customer service: the workflow of a request and the folding of counts into periods. */
package com.kehu.crm.support.control;
