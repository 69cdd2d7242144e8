package com.kehu.crm.opportunity.dto;

import java.io.Serializable;

/** What the caller may do with one opportunity now, so that a page offers only those buttons. */
public record OpportunityActions(boolean edit, boolean assign, boolean develop, boolean close) implements Serializable {
}
