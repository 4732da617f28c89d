package org.earlyhelp.consent.chronology;

import java.util.UUID;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.earlyhelp.platform.http.Problem;
import org.earlyhelp.platform.identity.CurrentCaller;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/people/{personId}/chronology}: one child's story (issue 29 point 3), thin HTTP over {@link PersonStory}. */
@Path("/api/people/{personId}/chronology")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Chronology", description = "One person's story across the suite, in time order (decision 0065)")
class PersonStoryResource {

    private static final String EXAMPLE = """
            { "personId": "0f8d5a8e-2c1b-4f7e-9a3d-6b5c4e3f2a10",
              "entries": [
                { "at": "2026-03-02T09:14:00Z", "context": "referral", "kind": "referral.submitted", "recordType": "referral",
                  "recordId": "7e51c2d4-8a3b-4f6e-9d1c-2b5a7e9f0c31", "agency": "eastmere-academy", "by": "Ms Evans",
                  "summary": "Referred by eastmere-academy (medium): education",
                  "details": { "area": "eastmere", "status": "submitted", "referringAgency": "eastmere-academy",
                    "urgency": "medium", "immediateRisk": false,
                    "concerns": [ { "category": "education", "description": "Attendance below 80% since January",
                      "since": "2026-01-05", "severity": "medium" } ] } },
                { "at": "2026-03-02T15:40:00Z", "context": "referral", "kind": "referral.accepted", "recordType": "referral",
                  "recordId": "7e51c2d4-8a3b-4f6e-9d1c-2b5a7e9f0c31", "agency": "northshire-early-help", "by": "Priya Patel",
                  "summary": "Referral accepted: Early help with the family's agreement",
                  "details": { "area": "eastmere", "status": "accepted", "reason": "Early help with the family's agreement",
                    "leadAgency": "northshire-health-visiting" } },
                { "at": "2026-03-03T10:02:00Z", "context": "case", "kind": "case.opened", "recordType": "case",
                  "recordId": "3c9e1f20-6d4b-4a8e-b2f7-1e0d9c8b7a65", "agency": "northshire-health-visiting", "by": "event-consumer",
                  "summary": "Case EH-2026-00412: opened (lead agency northshire-health-visiting, from referral 7e51c2d4-8a3b-4f6e-9d1c-2b5a7e9f0c31)",
                  "details": { "reference": "EH-2026-00412", "area": "eastmere",
                    "detail": "lead agency northshire-health-visiting, from referral 7e51c2d4-8a3b-4f6e-9d1c-2b5a7e9f0c31",
                    "leadAgency": "northshire-health-visiting" } } ] }""";

    private final PersonStory story;
    private final CurrentCaller caller;
    private final JsonWebToken token;

    PersonStoryResource(PersonStory story, CurrentCaller caller, JsonWebToken token) {
        this.story = story;
        this.caller = caller;
        this.token = token;
    }

    @GET
    @Operation(operationId = "readChronology", summary = "One person's story across the suite, in time order, with a stated purpose",
            description = """
                    Everything the suite knows about a person that the caller may see, oldest first: referrals (who \
                    referred, the concerns, every status change and decision, escalations), "known to services" matches \
                    and cumulative-concern alerts, onward referrals, cases and their key events (opened, lead, team, \
                    needs, plan, reviews, transfer, closure with its outcomes), consents and lawful bases; under every id \
                    a confirmed match gives the person. Only for the hub's triage of the area of a referral about the \
                    person and the working roles (practitioner, case-lead, partner system) of the lead agency of an open \
                    case about them; anyone else gets 404. Each entry shows only what the caller may see under that \
                    service's own rules: the lead sees its case and the referrals it may see, never the hub's matches \
                    and alerts. Every read, and every refusal, is audited (`chronology` on `person`, with the purpose) \
                    here, and each service audits its part with the same purpose.""")
    @APIResponse(responseCode = "200", description = "The person's story, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonStory.Story.class),
                    examples = @ExampleObject(name = "a child referred by a school, accepted, with a case", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "No purpose, a blank one or one longer than 200 characters; not a UUID",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such person, or not the hub of their area nor the lead agency of an "
            + "open case about them (recorded in the audit trail)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Another service did not answer: no partial story is given; ask again later",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PersonStory.Story chronology(@PathParam("personId") UUID personId,
            @Parameter(description = "Why you are reading the person's story, kept in the audit trail (1 to 200 characters)",
                    required = true, example = "Preparing the team around the family meeting on 12 March")
            @QueryParam("purpose") @Size(max = 1000) String purpose) {
        return story.of(caller.get(), "Bearer " + token.getRawToken(), personId, purpose);
    }
}
