package com.kehu.crm.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST interface's root, {@code /crm/api}; web.xml lets only {@code sales.import} in. */
@ApplicationPath("api")
public class ApiApplication extends Application {
}
