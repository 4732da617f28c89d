package org.earlyhelp.platform.events;

import java.time.Duration;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.earlyhelp.platform.context.ServiceContext;
import org.earlyhelp.platform.identity.Caller;
import org.earlyhelp.platform.identity.CurrentCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * This service's event feed. Thin: it checks the request, asks {@link FeedAccess} what the caller
 * may read and lets {@link EventFeed} read it. A long-poll waits without holding a worker thread:
 * each look at the outbox runs on a worker, the waiting in between on a timer.
 */
@Path("/api/events/{context}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Event feed", description = "Domain events of this service (CloudEvents 1.0), for other services and partner-agency systems")
class EventFeedResource {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;
    static final int MAX_WAIT_SECONDS = 30;

    private final ServiceContext context;
    private final CurrentCaller caller;
    private final FeedAccess access;
    private final EventFeed feed;
    private final Duration longPollInterval;

    EventFeedResource(ServiceContext context, CurrentCaller caller, FeedAccess access, EventFeed feed, EventsConfig config) {
        this.context = context;
        this.caller = caller;
        this.access = access;
        this.feed = feed;
        this.longPollInterval = config.feed().longPollInterval();
    }

    @GET
    @Operation(summary = "Read events after a cursor",
            description = """
                    Events this service published, oldest first, in commit order, filtered to what the caller may read \
                    (an agency: events addressed to it; another service: all). Start without `after` (or with `after=0`), \
                    then pass the `next` of each page as `after`: a reader that does so sees every event it may read exactly \
                    once and in order, with no gaps, even while transactions commit concurrently. An event may be served again \
                    only if the reader goes back to an older cursor, so consumers act on each event `id` once.""")
    @APIResponse(responseCode = "200", description = "A page of events (possibly empty) and the cursor to continue from",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedPage.class)))
    @APIResponse(responseCode = "400", description = "`after`, `limit` or `wait` is not valid")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "404", description = "This service publishes no feed under that name")
    public Uni<FeedPage> read(
            @Parameter(description = "This service's context name") @PathParam("context") @jakarta.validation.constraints.Size(max = 20) String name,
            @Parameter(description = "Cursor: the `next` of the previous page (or an event's `cursor`); absent = from the start",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{1,18}$")) @QueryParam("after") String after,
            @Parameter(description = "Most events to return",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "" + MAX_LIMIT, defaultValue = "" + DEFAULT_LIMIT))
            @QueryParam("limit") String limit,
            @Parameter(description = "Long-poll: when no event is readable yet, wait up to this many seconds for one",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "" + MAX_WAIT_SECONDS, defaultValue = "0"))
            @QueryParam("wait") String wait) {
        if (!context.name().equals(name)) {
            throw new NotFoundException("No event feed named " + name);
        }
        Caller reader = caller.get();
        long cursor = after == null ? 0 : parse("after", after, 0, Long.MAX_VALUE);
        int size = limit == null ? DEFAULT_LIMIT : (int) parse("limit", limit, 1, MAX_LIMIT);
        long waitSeconds = wait == null ? 0 : parse("wait", wait, 0, MAX_WAIT_SECONDS);
        long deadline = System.nanoTime() + Duration.ofSeconds(waitSeconds).toNanos();
        return Uni.createFrom().item(() -> access.filterFor(reader))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .flatMap(filter -> read(filter, cursor, size, deadline));
    }

    private Uni<FeedPage> read(FeedFilter filter, long after, int limit, long deadline) {
        return Uni.createFrom().item(() -> feed.read(filter, after, limit))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .flatMap(page -> {
                    long remaining = deadline - System.nanoTime();
                    if (!page.events().isEmpty() || remaining <= 0) {
                        return Uni.createFrom().item(page);
                    }
                    Duration pause = Duration.ofNanos(Math.min(remaining, longPollInterval.toNanos()));
                    return Uni.createFrom().voidItem().onItem().delayIt().by(pause)
                            .flatMap(ignored -> read(filter, after, limit, deadline));
                });
    }

    private static long parse(String parameter, String value, long min, long max) {
        try {
            long number = Long.parseLong(value);
            if (number >= min && number <= max && value.chars().allMatch(Character::isDigit)) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below, with the allowed range
        }
        throw new BadRequestException("Query parameter " + parameter + " must be a whole number from " + min
                + (max == Long.MAX_VALUE ? "" : " to " + max) + ", not '" + value + "'");
    }
}
