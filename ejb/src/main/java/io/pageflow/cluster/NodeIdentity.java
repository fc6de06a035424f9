package io.pageflow.cluster;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who holds a lease: the server's node name plus an id of this start-up. A node that crashed and came
 * back is a new holder, so it never renews the leases its earlier life held; those expire and are reaped.
 */
@ApplicationScoped
public class NodeIdentity {

    private final String id = System.getProperty("jboss.node.name", "node") + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    public String id() {
        return id;
    }
}
