/** Helpers every component's services use: optimistic-lock checks of forms, the clock. */
package com.kehu.crm.common.control;
