/** Types several components share: the sort order a page asks for, a line of a record's history. */
package com.kehu.crm.common.dto;
