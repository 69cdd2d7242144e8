/**
 * Marketing (营销管理): sales opportunities and the development plan that turns a lead into a customer. The
 * entities hold the data and apply a transition once it is allowed; the rules that decide whether it is allowed live
 * in {@code com.kehu.crm.opportunity.control.OpportunityWorkflow}, which the service consults before every change.
 */
package com.kehu.crm.opportunity.entity;
