package org.earlyhelp.platform.dataprotection;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.earlyhelp.platform.identity.CurrentCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Data protection questions every service answers: {@code /api/data-protection/<context>}. */
@Path("/api/data-protection/{context}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Data protection")
class DataProtectionResource {

    private final CurrentCaller caller;
    private final DataProtection dataProtection;

    DataProtectionResource(CurrentCaller caller, DataProtection dataProtection) {
        this.caller = caller;
        this.dataProtection = dataProtection;
    }

    @GET
    @Path("people/{personId}")
    @Operation(summary = "Everything this service holds about a person, and who accessed it (data protection officers only)")
    public DataProtection.PersonHoldings holdings(@PathParam("context") @Size(max = 20) String context,
            @PathParam("personId") @Size(max = 36) String personId) {
        return dataProtection.holdings(caller.get(), context, uuid(personId));
    }

    @GET
    @Path("people/{personId}/erasure")
    @Operation(summary = "What erasing a person would erase in this service: a dry run (data protection officers only)")
    public List<ErasableRecord> erasurePreview(@PathParam("context") @Size(max = 20) String context,
            @PathParam("personId") @Size(max = 36) String personId) {
        return dataProtection.erasurePreview(caller.get(), context, uuid(personId));
    }

    @GET
    @Path("retention")
    @Operation(summary = "What the retention job would erase as of a day: a dry run (data protection officers only)")
    public RetentionReport retention(@PathParam("context") @Size(max = 20) String context,
            @QueryParam("asOf") @Size(max = 40) String asOf) {
        return dataProtection.retentionPreview(caller.get(), context, instant(asOf));
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("personId must be a UUID");
        }
    }

    private static Instant instant(String value) {
        try {
            return value == null ? Instant.now() : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequestException("asOf must be an ISO-8601 instant such as 2040-01-31T00:00:00Z");
        }
    }
}
