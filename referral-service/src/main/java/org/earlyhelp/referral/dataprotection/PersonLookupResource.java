package org.earlyhelp.referral.dataprotection;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.earlyhelp.platform.http.Problem;
import org.earlyhelp.platform.identity.CurrentCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/data-protection/referral/person-lookup?familyName=&dateOfBirth=}: the people a data protection officer
 * may mean, for a subject access request by name and date of birth (decision 0062). A path of its own, beside the
 * platform's {@code /api/data-protection/{context}/people/{personId}} and not above it: a root path under
 * {@code people} would be matched before the platform's for everything under it and hide the platform's questions.
 */
@Path("/api/data-protection/referral/person-lookup")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Data protection")
class PersonLookupResource {

    private static final String EXAMPLE = """
            { "candidates": [ { "personId": "0f8d5a8e-2c1b-4f7e-9a3d-6b5c4e3f2a10", "givenName": "Jayden",
              "familyName": "Whitfield", "dateOfBirth": "2016-05-14", "score": 0.96,
              "referrals": ["7e51c2d4-8a3b-4f6e-9d1c-2b5a7e9f0c31"] } ] }""";

    private final PersonLookup lookup;
    private final CurrentCaller caller;

    PersonLookupResource(PersonLookup lookup, CurrentCaller caller) {
        this.lookup = lookup;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Find a person by name and date of birth (data protection officers only)",
            description = """
                    The people the "known to services" index finds for these details, as tolerant of spelling as matching \
                    is, who are named on a referral in the officer's areas: best first, each with their person id (for \
                    `GET /api/data-protection/referral/people/{personId}` and consent-service's subject access requests) \
                    and those referrals. 403 for anyone but a data protection officer; every look-up is audited \
                    (`person-search`, with the candidates' ids).""")
    @APIResponse(responseCode = "200", description = "The candidates, best first (none found: an empty list)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonLookup.Candidates.class),
                    examples = @ExampleObject(name = "found", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "familyName or dateOfBirth missing, or the date not YYYY-MM-DD",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a data protection officer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PersonLookup.Candidates findPeople(
            @Parameter(description = "Given name as known; optional") @QueryParam("givenName") @Size(max = 100) String givenName,
            @Parameter(description = "Family name as known", required = true) @QueryParam("familyName") @Size(max = 100)
            String familyName,
            @Parameter(description = "Date of birth, YYYY-MM-DD", required = true) @QueryParam("dateOfBirth") @Size(max = 10)
            String dateOfBirth) {
        return lookup.find(caller.get(), givenName, familyName, dateOfBirth);
    }
}
