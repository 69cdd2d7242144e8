/** Helpers every component's services use: optimistic-lock checks of forms, the clock, the metrics of background runs. */
package com.kehu.crm.common.control;
