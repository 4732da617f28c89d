package org.earlyhelp.directory.admin;

import jakarta.ws.rs.core.Response;

import org.earlyhelp.platform.web.ETags;

/** A record as the admin API shows it, with the version its {@code ETag} carries. */
record Versioned<T>(T body, long version) {

    /** 200 with the record and its ETag. */
    Response.ResponseBuilder ok() {
        return Response.ok(body).tag(ETags.of(version));
    }
}
