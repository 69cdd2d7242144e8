/** What the opportunity pages read: list rows, search criteria, the actions open to the caller. */
package com.kehu.crm.opportunity.dto;
