package org.earlyhelp.platform.idempotency;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The first response given for a key, as replayed to retries. */
record StoredResponse(String requestHash, int status, String location, byte[] body) {

    Response replay() {
        Response.ResponseBuilder builder = Response.status(status).header(Idempotent.REPLAYED_HEADER, "true");
        if (location != null) {
            builder.header("Location", location);
        }
        if (body != null) {
            builder.type(MediaType.APPLICATION_JSON_TYPE).entity(body);
        }
        return builder.build();
    }
}
