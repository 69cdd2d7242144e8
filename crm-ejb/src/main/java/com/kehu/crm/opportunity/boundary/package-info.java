/**
 * Marketing (营销管理): sales opportunities from lead to customer. {@link
 * com.kehu.crm.opportunity.boundary.OpportunityService} is the only way in; every change checks the right, the
 * caller's part in the opportunity and its state ({@link com.kehu.crm.opportunity.control.OpportunityWorkflow}), and
 * the version the user saw.
 */
package com.kehu.crm.opportunity.boundary;
