package com.kehu.crm.common.control;

import jakarta.enterprise.context.RequestScoped;
import java.io.Serializable;

/**
 * The network address of the client of the current request, for the security audit trail. The web tier sets it at
 * the start of every HTTP request (a servlet filter, so that it is known for pages, logins and the REST API alike);
 * it stays empty for work without a client (timers). The address is the one the server sees: behind a load balancer,
 * the server's {@code proxy-address-forwarding} makes it the client's own.
 */
@RequestScoped
public class ClientAddress implements Serializable {

    private static final long serialVersionUID = 1L;

    private String address;

    /** The client's address, or null when the work has no HTTP client. */
    public String get() {
        return address;
    }

    public void set(String address) {
        this.address = address;
    }
}
