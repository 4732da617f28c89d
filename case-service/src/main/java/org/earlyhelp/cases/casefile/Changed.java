package org.earlyhelp.cases.casefile;

import jakarta.ws.rs.core.Response;
import org.earlyhelp.platform.web.ETags;

/** What a change of part of a case returns: the changed part, and the case's new version for the response's ETag. */
public record Changed<T>(T body, long version) {

    public static <T> Changed<T> of(T body, Case kase) {
        return new Changed<>(body, kase.version());
    }

    public Response ok() {
        return Response.ok(body).tag(ETags.of(version)).build();
    }

    public Response created(String location) {
        return Response.created(java.net.URI.create(location)).tag(ETags.of(version)).entity(body).build();
    }
}
