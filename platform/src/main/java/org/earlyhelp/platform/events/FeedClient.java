package org.earlyhelp.platform.events;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Another service's event feed, built per feed URL by {@link FeedFollower}. */
@Produces(MediaType.APPLICATION_JSON)
interface FeedClient extends AutoCloseable {

    @GET
    FeedPage read(@QueryParam("after") String after, @QueryParam("limit") int limit,
            @HeaderParam("Authorization") String authorization);
}
