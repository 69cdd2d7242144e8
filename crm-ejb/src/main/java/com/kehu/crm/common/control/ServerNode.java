package com.kehu.crm.common.control;

/** This server's name in a cluster ({@code jboss.node.name}), recorded with the long jobs it runs. */
public final class ServerNode {

    private ServerNode() {
    }

    public static String name() {
        return System.getProperty("jboss.node.name", "kehu");
    }
}
