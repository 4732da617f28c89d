package org.earlyhelp.platform.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.earlyhelp.platform.identity.CurrentCaller;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The audit trail of this service for auditors: {@code /api/audit/<context>}. Query parameters
 * arrive as text and are parsed here so that a malformed one is a 400, not the 404 that JAX-RS
 * gives for an unconvertible query parameter.
 */
@Path("/api/audit/{context}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit trail")
class AuditResource {

    private final CurrentCaller caller;
    private final AuditReview review;

    AuditResource(CurrentCaller caller, AuditReview review) {
        this.caller = caller;
        this.review = review;
    }

    @GET
    @Operation(summary = "Search the audit trail, newest first (auditors only)")
    public Page<AuditEventView> search(
            @PathParam("context") @Size(max = 20) String context,
            @QueryParam("person") @Size(max = 200) String person,
            @QueryParam("agency") @Size(max = 200) String agency,
            @QueryParam("resourceType") @Size(max = 200) String resourceType,
            @QueryParam("resourceId") @Size(max = 200) String resourceId,
            @QueryParam("user") @Size(max = 200) String user,
            @QueryParam("action") @Size(max = 200) String action,
            @QueryParam("outcome") @Size(max = 200) String outcome,
            @QueryParam("from") @Size(max = 200) String from,
            @QueryParam("to") @Size(max = 200) String to,
            @BeanParam @Valid PageRequest page) {
        AuditQuery query = new AuditQuery(uuid("person", person), agency, resourceType, resourceId, user, action,
                outcome(outcome), instant("from", from), instant("to", to));
        if (query.from() != null && query.to() != null && !query.from().isBefore(query.to())) {
            throw new BadRequestException("from must be before to");
        }
        return review.search(caller.get(), context, query, page);
    }

    @GET
    @Path("verify")
    @Operation(summary = "Recompute the audit chain and report the first break (auditors only)")
    public ChainReport verify(@PathParam("context") @Size(max = 20) String context) {
        return review.verify(caller.get(), context);
    }

    private static UUID uuid(String name, String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(name + " must be a UUID");
        }
    }

    private static Instant instant(String name, String value) {
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequestException(name + " must be an ISO-8601 instant such as 2026-01-31T09:00:00Z");
        }
    }

    private static AuditOutcome outcome(String value) {
        try {
            return value == null ? null : AuditOutcome.fromValue(value);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("outcome must be one of success, denied, not-found, error");
        }
    }
}
