package com.kehu.crm.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The REST interface's root, {@code /crm/api}; web.xml lets in {@code sales.import} (the sales system) and, under
 * {@code v1/churn}, {@code churn.run} (administrators), and under {@code v1/audit}, {@code admin.audit}.
 */
@ApplicationPath("api")
public class ApiApplication extends Application {
}
