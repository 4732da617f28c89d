package org.earlyhelp.referral.information;

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
import org.earlyhelp.platform.identity.CurrentCaller;
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

/** The hub's questions to a referrer, the referrer's answers, and the decision clock's pause between the two. */
@Path("/api/referrals/{id}/information-requests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Requests for information", description = "The hub asks the referrer for more; the decision clock waits for the answer")
class InformationRequestResource {

    private static final String IF_MATCH = "The referral's `ETag`, as read: 412 when the referral changed since, 428 when missing.";
    private static final String REQUEST_EXAMPLE = """
            { "id": "3b0c5a1e-8f2d-4c6b-9a71-2e5d0f4b8c13", "referralId": "9d2f6c1a-4b7e-4e0a-8c35-1f6a2d9b7e40",
              "status": "answered", "question": "Has the family agreed to a home visit? Who else lives at the address?",
              "dueDate": "2025-05-06", "overdue": false, "requestedAt": "2025-05-02T14:00:00Z", "requestedBy": "Sam Screener",
              "requestedByAgency": "northshire-early-help", "answer": "Mum agreed on the phone; her partner moved in in March.",
              "settledAt": "2025-05-06T09:00:00Z", "settledBy": "Ms Okafor", "settledByAgency": "eastmere-academy",
              "pausedAt": "2025-05-02T14:00:00Z", "dueBeforePause": "2025-05-02T23:00:00Z", "remainingWorkingTime": "PT9H",
              "resumedAt": "2025-05-06T09:00:00Z", "dueAfterResume": "2025-05-06T18:00:00Z" }""";

    private final InformationRequests requests;
    private final CurrentCaller caller;

    InformationRequestResource(InformationRequests requests, CurrentCaller caller) {
        this.requests = requests;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The hub's questions on a referral, and the answers",
            description = """
                    A page of the requests for information on the referral, oldest first, each with its question, due date \
                    (`overdue` once past it unanswered), answer, and the decision clock's pause and resumption. Whoever sees \
                    the referral sees them: the referrer reads here what the hub asked.""")
    @APIResponse(responseCode = "200", description = "A page of requests for information, oldest first")
    @APIResponse(responseCode = "404", description = "No such referral you may see")
    public Page<InformationRequestView> informationRequests(@PathParam("id") UUID referralId, @BeanParam @Valid PageRequest page) {
        return requests.list(referralId, caller.get(), page);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Reach.HUB_TRIAGE)
    @Operation(summary = "Ask the referrer for more information",
            description = """
                    A hub screener of the referral's area asks the referrer a question, to be answered by `dueDate` (today or \
                    later): submitted or in-triage → awaiting-information, and the 1-working-day decision clock stops (the \
                    referral is never overdue while it waits). One open question at a time; not for a referral showing \
                    immediate risk, which is escalated. Publishes `referral.information-requested` (ids and state only). \
                    Answers 201 with the request, its `Location`, and the referral's new `ETag`.""")
    @APIResponse(responseCode = "201", description = "The request; the referral is awaiting information",
            headers = { @Header(name = "Location"), @Header(name = "ETag", description = "The referral's new ETag") },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InformationRequestView.class)))
    @APIResponse(responseCode = "400", description = "No question, or a due date missing or in the past; nothing stored")
    @APIResponse(responseCode = "403", description = "Not a hub screener")
    @APIResponse(responseCode = "404", description = "No such referral you triage")
    @APIResponse(responseCode = "409", description = "The referral is not submitted or in triage (already awaiting information, "
            + "decided, or showing immediate risk), or processing of a person on it is restricted (`processing-restricted`)")
    @APIResponse(responseCode = "412", description = "The referral changed since its ETag was read")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response requestInformation(@PathParam("id") UUID referralId,
            @Parameter(description = IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @RequestBody(description = "The question and when the answer is needed", required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = NewInformationRequest.class),
                            examples = @ExampleObject(name = "question", value = """
                                    { "question": "Has the family agreed to a home visit? Who else lives at the address?",
                                      "dueDate": "2025-05-06" }""")))
            @Valid @NotNull NewInformationRequest body) {
        InformationRequests.Settled asked = requests.request(referralId, body, caller.get(), ifMatch);
        return Response.created(URI.create("/api/referrals/" + referralId + "/information-requests/" + asked.request().id()))
                .tag(ETags.of(asked.referral().version())).entity(asked.request()).build();
    }

    @POST
    @Path("{requestId}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Reach.PRACTITIONER, Reach.CASE_LEAD, Reach.PARTNER_SYSTEM })
    @Operation(summary = "Answer the hub's question",
            description = """
                    The referring agency (practitioner, case lead or its partner system) answers an open request: \
                    awaiting-information → back where the referral was when asked (submitted or in-triage), and the decision \
                    clock runs again: the working time left when the hub asked is added from now, weekends and bank holidays \
                    skipped, giving the new `decisionDueBy`. To correct details or add concerns, amend the referral \
                    (`POST /api/referrals/{id}/amendments`) before or after answering. Publishes \
                    `referral.information-provided`. Answers 200 with the request and the referral's new `ETag`.""")
    @APIResponse(responseCode = "200", description = "The answered request", headers = @Header(name = "ETag",
            description = "The referral's new ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InformationRequestView.class),
                    examples = @ExampleObject(name = "answered", value = REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "No answer; nothing stored")
    @APIResponse(responseCode = "403", description = "Sees the referral but is not of the referring agency, or not a working role")
    @APIResponse(responseCode = "404", description = "No such referral you may see, or no such request on it")
    @APIResponse(responseCode = "409", description = "The request is already answered or withdrawn, or processing of a person "
            + "on the referral is restricted (`processing-restricted`)")
    @APIResponse(responseCode = "412", description = "The referral changed since its ETag was read")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response answerInformationRequest(@PathParam("id") UUID referralId, @PathParam("requestId") UUID requestId,
            @Parameter(description = IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @RequestBody(description = "The answer", required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InformationAnswer.class),
                            examples = @ExampleObject(name = "answer", value = """
                                    { "answer": "Mum agreed on the phone; her partner moved in in March." }""")))
            @Valid @NotNull InformationAnswer body) {
        return withTag(requests.answer(referralId, requestId, body, caller.get(), ifMatch));
    }

    @POST
    @Path("{requestId}/withdraw")
    @RolesAllowed(Reach.HUB_TRIAGE)
    @Operation(summary = "Withdraw a question",
            description = """
                    The hub of the referral's area no longer needs the answer: the request is withdrawn and the referral \
                    goes back, with its clock running again, as after an answer. Publishes \
                    `referral.information-request-withdrawn`.""")
    @APIResponse(responseCode = "200", description = "The withdrawn request", headers = @Header(name = "ETag",
            description = "The referral's new ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InformationRequestView.class)))
    @APIResponse(responseCode = "403", description = "Not a hub screener")
    @APIResponse(responseCode = "404", description = "No such referral you triage, or no such request on it")
    @APIResponse(responseCode = "409", description = "The request is already answered or withdrawn, or processing is restricted")
    @APIResponse(responseCode = "412", description = "The referral changed since its ETag was read")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response withdrawInformationRequest(@PathParam("id") UUID referralId, @PathParam("requestId") UUID requestId,
            @Parameter(description = IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        return withTag(requests.withdraw(referralId, requestId, caller.get(), ifMatch));
    }

    private static Response withTag(InformationRequests.Settled settled) {
        return Response.ok(settled.request()).tag(ETags.of(settled.referral().version())).build();
    }
}
