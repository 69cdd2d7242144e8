/** The opportunity workflow's rules ({@link com.kehu.crm.opportunity.control.OpportunityWorkflow}). */
package com.kehu.crm.opportunity.control;
