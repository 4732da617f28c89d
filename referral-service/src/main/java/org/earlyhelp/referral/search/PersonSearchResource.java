package org.earlyhelp.referral.search;

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

/** {@code GET /api/person-search}: the hub's "find a person" (issue 29 point 4). */
@Path("/api/person-search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Find a person")
class PersonSearchResource {

    private static final String EXAMPLE = """
            { "items": [ { "personId": "0f8d5a8e-2c1b-4f7e-9a3d-6b5c4e3f2a10", "givenName": "Jayden",
              "familyName": "Whitfield", "dateOfBirth": "2016-05-14", "postcodeDistrict": "EM1", "score": 0.96,
              "records": [
                { "type": "referral", "id": "7e51c2d4-8a3b-4f6e-9d1c-2b5a7e9f0c31", "status": "accepted",
                  "submittedAt": "2026-03-02T09:14:00Z" },
                { "type": "case", "id": "3c9e1f20-6d4b-4a8e-b2f7-1e0d9c8b7a65", "reference": "EH-2026-00412" } ] } ] }""";

    private final PersonFinder finder;
    private final CurrentCaller caller;

    PersonSearchResource(PersonFinder finder, CurrentCaller caller) {
        this.finder = finder;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Find a person (hub triage only), with a stated purpose",
            description = """
                    People named on a referral of the caller's hub areas who fit every criterion given: by name as \
                    tolerant of spelling as "known to services" matching is, by date of birth exactly, by postcode or \
                    postcode district, by NHS number exactly (alone or with the others). Best first, at most 50; each with only what identifies them and which records of \
                    those areas exist (referrals, and cases known from case-service's feed), never concerns or content. \
                    Only a hub-triage person may search (a partner system may not); every search and every refusal is \
                    audited (`search` on `person`, with the stated purpose and the people returned).""")
    @APIResponse(responseCode = "200", description = "The people found, best first (none: an empty list)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonFinder.People.class),
                    examples = @ExampleObject(name = "found", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "No purpose, no criterion, or a malformed one (an NHS number whose check digit is wrong)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a hub triage worker (recorded in the audit trail)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PersonFinder.People findAPerson(
            @Parameter(description = "Why you are searching, kept in the audit trail", required = true,
                    example = "Checking whether a child named by a caller is known before taking a referral")
            @QueryParam("purpose") @Size(max = 200) String purpose,
            @Parameter(description = "Name as known (given names then family name), spelling-tolerant", example = "Jayden Whitfeild")
            @QueryParam("name") @Size(max = 100) String name,
            @Parameter(description = "Date of birth, YYYY-MM-DD, exact", example = "2016-05-14")
            @QueryParam("dateOfBirth") @Size(max = 10) String dateOfBirth,
            @Parameter(description = "A full UK postcode or a postcode district", example = "EM1 4AB")
            @QueryParam("postcode") @Size(max = 10) String postcode,
            @Parameter(description = "10-digit NHS number with a valid check digit (spaces allowed), exact; alone, or "
                    + "narrowing a search by name, date of birth or postcode", example = "943 476 5919")
            @QueryParam("nhsNumber") @Size(max = 12) String nhsNumber) {
        return finder.find(caller.get(), name, dateOfBirth, postcode, nhsNumber, purpose);
    }
}
