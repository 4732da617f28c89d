package org.earlyhelp.referral.referral;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.earlyhelp.platform.access.Reach;
import org.earlyhelp.platform.http.Problem;
import org.earlyhelp.platform.identity.CurrentCaller;
import org.earlyhelp.platform.idempotency.Idempotent;
import org.earlyhelp.platform.web.ETags;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Referrals: submit, read (404 unless you may see it), and the hub's decisions, each guarded by If-Match. */
@Path("/api/referrals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Referrals", description = "Early help referrals from any partner agency, and the hub's triage decisions on them")
class ReferralResource {

    static final String IF_MATCH = "The referral's `ETag`, as read: 412 when the referral changed since, 428 when missing.";

    static final String NEW_REFERRAL = """
            {
              "children": [
                {
                  "firstName": "Jayden",
                  "lastName": "Whitfield",
                  "dateOfBirth": "2016-05-14",
                  "sex": "male",
                  "address": { "line1": "12 Mill Lane", "town": "Eastmere", "postcode": "EM1 4QT" },
                  "school": "Eastmere Academy"
                }
              ],
              "household": [
                { "firstName": "Kelly", "lastName": "Whitfield", "dateOfBirth": "1990-02-03", "relationship": "mother" }
              ],
              "concerns": [
                {
                  "category": "education",
                  "description": "Attendance 62% this term; often late and tired",
                  "since": "2025-09-01",
                  "severity": "medium"
                }
              ],
              "whatHasBeenTried": "Two attendance meetings with mum; a morning club place",
              "familyViews": "Mum wants help with mornings since her shifts changed",
              "family": { "knows": true, "agrees": true },
              "urgency": "routine",
              "helpRequested": "A family support worker for routines and school attendance",
              "area": "eastmere"
            }""";

    static final String UNBORN_CHILD = """
            {
              "children": [
                {
                  "lastName": "Whitfield",
                  "expectedDueDate": "2027-03-01",
                  "address": { "line1": "12 Mill Lane", "town": "Eastmere", "postcode": "EM1 4QT" }
                }
              ],
              "household": [
                { "firstName": "Kelly", "lastName": "Whitfield", "dateOfBirth": "1990-02-03", "relationship": "mother" }
              ],
              "concerns": [
                {
                  "category": "domestic-abuse",
                  "description": "Disclosed controlling behaviour by partner at booking appointment",
                  "severity": "high"
                }
              ],
              "family": { "knows": true, "agrees": false, "reasonIfNot": "Mother fears partner's reaction; agreed to speak to the hub" },
              "urgency": "urgent",
              "helpRequested": "Early help assessment before the birth",
              "area": "eastmere"
            }""";

    private final ReferralService referrals;
    private final CurrentCaller caller;

    ReferralResource(ReferralService referrals, CurrentCaller caller) {
        this.referrals = referrals;
        this.caller = caller;
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Reach.PRACTITIONER, Reach.PARTNER_SYSTEM })
    @Operation(summary = "Submit a referral",
            description = """
                    A practitioner or an agency's partner system refers one or more children (an unborn child with an \
                    expected due date; a born child with its `dateOfBirth`, or when the referrer does not know it the \
                    `birthYear`, an `approximateAge` or `dateOfBirthUnknown: true`) and their household, with the concerns, what has been tried, whether the family knows \
                    and agrees, and the `area` (district) whose hub triages it. The referring agency and practitioner come \
                    from the token, never from the body. Each person gets a person id; earlier appearances are offered to \
                    the hub as "known to services" matches. Answers 201 with the referral, its `Location` and `ETag`; a \
                    retry with the same `Idempotency-Key` answers the first referral again.""")
    @APIResponse(responseCode = "201", description = "The referral, submitted",
            headers = { @Header(name = "Location"), @Header(name = "ETag") },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields: each is named in `violations`")
    @APIResponse(responseCode = "403", description = "Neither a practitioner nor a partner system")
    public Response submitReferral(@RequestBody(description = "The referral", required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewReferral.class),
                    examples = { @ExampleObject(name = "school-attendance", summary = "A school's referral of a child", value = NEW_REFERRAL),
                            @ExampleObject(name = "unborn-child", summary = "A midwife's referral of an unborn child", value = UNBORN_CHILD) }))
            @Valid @NotNull NewReferral referral) {
        ReferralView created = referrals.submit(referral, caller.get());
        return Response.created(URI.create("/api/referrals/" + created.id())).tag(ETags.of(created.version()))
                .entity(created).build();
    }

    @GET
    @Operation(summary = "List the referrals you may see",
            description = """
                    A page of the referrals the caller may see: those its agency referred or leads (through a working role), \
                    and for the hub's screeners those of their areas; newest first (by submission time, then id). Lines of \
                    the caller's hub areas carry `knownToServices` (strong candidate matches, open alerts).""")
    @APIResponse(responseCode = "200", description = "A page of referrals, newest first")
    public Page<ReferralSummary> listReferrals(@BeanParam @Valid PageRequest page) {
        return referrals.list(caller.get(), page);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a referral",
            description = """
                    The referral with its people (each with a person id), concerns, status, decision and onward referrals, \
                    and its `ETag` for a change. 404 unless your agency referred it or leads it (once accepted), or you \
                    triage its area.""")
    @APIResponse(responseCode = "200", description = "The referral", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "404", description = "No such referral you may see")
    public Response readReferral(@PathParam("id") UUID id) {
        return withTag(referrals.read(id, caller.get()));
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "The referral's history: who did what, when and why",
            description = "A page of history lines, oldest first (by time, then line). Whoever sees the referral sees its history.")
    @APIResponse(responseCode = "200", description = "A page of history lines, oldest first")
    @APIResponse(responseCode = "404", description = "No such referral you may see")
    public Page<ReferralHistoryView> referralHistory(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page) {
        return referrals.history(id, caller.get(), page);
    }

    @POST
    @Path("{id}/triage")
    @RolesAllowed(Reach.HUB_TRIAGE)
    @Operation(summary = "Start triage", description = "A hub screener of the referral's area takes it: submitted → in-triage.")
    @APIResponse(responseCode = "200", description = "The referral, in triage", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "404", description = "No such referral you may see")
    @APIResponse(responseCode = "409", description = "The referral is not submitted")
    public Response startTriage(@PathParam("id") UUID id, @Parameter(description = IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        return withTag(referrals.startTriage(id, caller.get(), ifMatch));
    }

    @POST
    @Path("{id}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Reach.HUB_TRIAGE)
    @Operation(summary = "Accept the referral for early help",
            description = """
                    The hub accepts a referral in triage and names the agency that will lead the case: in-triage → accepted. \
                    The lead agency must be in the agency register and serve the referral's district, and consent-service must \
                    permit it to receive the identity, contact details and concerns of everyone on the referral for an early \
                    help assessment (the family's consent, or a recorded lawful basis) before it receives anything. A deny \
                    leaves the referral in triage: record the consent or lawful basis, then accept again. One family, one \
                    case: when a child on the referral already has an open case (`openCases` on the referral, for the hub), \
                    accept with `joinCaseId` and that case's lead agency; case-service then adds the referral, its people and \
                    concerns to that case and tells its lead, rather than opening another. Publishes `referral.accepted`, \
                    from which case-service opens (or joins) the case; the lead agency then sees the referral.""")
    @APIResponse(responseCode = "200", description = "The accepted referral", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "404", description = "No such referral you may see")
    @APIResponse(responseCode = "409", description = "The referral is not in triage (or shows immediate risk), or consent-service "
            + "did not permit the lead agency to receive it (`sharing-refused`: `refusals` names each person, the reasons and "
            + "the recorded decision), or a child on it has an open case and `joinCaseId` does not name it (`open-case`: "
            + "`openCases` names each case, its reference and lead agency); the referral stays in triage",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(oneOf = { RefusalProblem.class,
                    OpenCaseProblem.class })))
    @APIResponse(responseCode = "422", description = "The lead agency is not in the agency register, or does not serve the "
            + "referral's district; or `joinCaseId` is not an open case of a child on the referral, or is not led by `leadAgency`")
    @APIResponse(responseCode = "503", description = "consent-service could not answer (or the agency register was never read): "
            + "nothing changed; try again")
    public Response acceptReferral(@PathParam("id") UUID id, @Parameter(description = IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @RequestBody(description = "The lead agency, and why", required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Acceptance.class),
                            examples = { @ExampleObject(name = "lead-agency", value = """
                                    { "leadAgency": "northshire-health-visiting", "reason": "Known to health visiting; baby under one" }"""),
                            @ExampleObject(name = "join-open-case", value = """
                                    { "leadAgency": "northshire-health-visiting", "reason": "Same family as the open case",
                                      "joinCaseId": "5f1c0a6e-2b7d-4c3a-9e81-0d4f6a2b7c19" }""") }))
            @Valid @NotNull Acceptance decision) {
        return withTag(referrals.accept(id, decision, caller.get(), ifMatch));
    }

    @POST
    @Path("{id}/escalate")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Reach.HUB_TRIAGE)
    @Operation(summary = "Escalate the referral to statutory services",
            description = "The hub escalates a submitted referral or one in triage (e.g. to children's social care), with a reason: → escalated.")
    @APIResponse(responseCode = "200", description = "The escalated referral", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "404", description = "No such referral you may see")
    @APIResponse(responseCode = "409", description = "The referral is already decided")
    public Response escalateReferral(@PathParam("id") UUID id, @Parameter(description = IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @RequestBody(description = "Why", required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Reason.class),
                            examples = @ExampleObject(name = "reason", value = """
                                    { "reason": "Disclosure of harm at school; passed to children's social care" }""")))
            @Valid @NotNull Reason reason) {
        return withTag(referrals.escalate(id, reason, caller.get(), ifMatch));
    }

    @POST
    @Path("{id}/close-with-no-further-action")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Reach.HUB_TRIAGE)
    @Operation(summary = "Close the referral with no further action",
            description = """
                    The hub closes a referral in triage with a reason: in-triage → no-further-action. Refused (409) for a \
                    referral showing immediate risk of significant harm.""")
    @APIResponse(responseCode = "200", description = "The closed referral", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "404", description = "No such referral you may see")
    @APIResponse(responseCode = "409", description = "The referral is not in triage, or shows immediate risk")
    public Response closeWithNoFurtherAction(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @RequestBody(description = "Why", required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Reason.class),
                            examples = @ExampleObject(name = "reason", value = """
                                    { "reason": "School support plan in place is enough for now" }""")))
            @Valid @NotNull Reason reason) {
        return withTag(referrals.noFurtherAction(id, reason, caller.get(), ifMatch));
    }

    @POST
    @Path("{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Reach.PRACTITIONER, Reach.CASE_LEAD, Reach.PARTNER_SYSTEM })
    @Operation(summary = "Withdraw the referral",
            description = "The referring agency withdraws its referral before the hub decides it, with a reason: submitted or in-triage → withdrawn.")
    @APIResponse(responseCode = "200", description = "The withdrawn referral", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "403", description = "Sees the referral but is not of the referring agency")
    @APIResponse(responseCode = "404", description = "No such referral you may see")
    @APIResponse(responseCode = "409", description = "The hub has already decided the referral")
    public Response withdrawReferral(@PathParam("id") UUID id, @Parameter(description = IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @RequestBody(description = "Why", required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Reason.class),
                            examples = @ExampleObject(name = "reason", value = """
                                    { "reason": "Family moved out of the area last week" }""")))
            @Valid @NotNull Reason reason) {
        return withTag(referrals.withdraw(id, reason, caller.get(), ifMatch));
    }

    static Response withTag(ReferralView view) {
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }
}
