/**
 * The opportunity workflow's rules ({@link com.kehu.crm.opportunity.control.OpportunityWorkflow}), and keeping the
 * customer a succeeded opportunity created from being deleted.
 */
package com.kehu.crm.opportunity.control;
