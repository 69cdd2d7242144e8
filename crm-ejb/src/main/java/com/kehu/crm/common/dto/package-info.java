/** Types every list shares: the sort order a page asks for. */
package com.kehu.crm.common.dto;
