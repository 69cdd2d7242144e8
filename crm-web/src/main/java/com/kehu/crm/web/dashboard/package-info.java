/** The home page (首页): what waits for the user and the key figures with their small charts. */
package com.kehu.crm.web.dashboard;
