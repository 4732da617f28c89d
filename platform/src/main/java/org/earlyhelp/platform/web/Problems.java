package org.earlyhelp.platform.web;

import jakarta.ws.rs.core.Response;

import org.earlyhelp.platform.http.Problem;
import org.earlyhelp.platform.http.RequestIds;

/** Sends a {@link Problem} from a resource or an exception mapper: the one place that decides how an error looks on the wire. */
public final class Problems {

    private Problems() {
    }

    /** The response for {@code problem}, at the current request's path and id unless it names its own. */
    public static Response response(Problem problem) {
        Problem located = problem.at(RequestIds.currentPath(), RequestIds.current());
        Response.ResponseBuilder builder = Response.status(located.status())
                .type(Problem.MEDIA_TYPE)
                .entity(located);
        if (located.status() == 401) {
            builder.header("WWW-Authenticate", "Bearer");
        }
        return builder.build();
    }
}
