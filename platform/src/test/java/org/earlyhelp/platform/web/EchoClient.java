package org.earlyhelp.platform.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A REST client to the test app itself, to see what a downstream service receives. */
@Path("/api/toys")
interface EchoClient {

    @GET
    @Path("/request-id-header")
    String requestIdHeader();
}
