/**
 * Pages of sales opportunities (营销管理): the lists (all, to assign, mine to develop), the edit form, and one
 * opportunity's page with its development plan, assignment and closing.
 */
package com.kehu.crm.web.opportunity;
