package com.kehu.crm.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The REST interface's root, {@code /crm/api}. Every call carries HTTP BASIC ({@link ApiAuthenticationFilter}, never
 * the browser's session); the business tier lets in {@code sales.import} (the sales system), under
 * {@code v1/churn} {@code churn.run} (administrators), and under {@code v1/audit} {@code admin.audit}.
 */
@ApplicationPath("api")
public class ApiApplication extends Application {
}
