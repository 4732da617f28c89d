package org.earlyhelp.web.referrals;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.earlyhelp.web.gateway.ApiResponse;
import org.earlyhelp.web.gateway.Gateway;
import org.earlyhelp.web.pages.Answers;
import org.earlyhelp.web.pages.ApiPages;
import org.earlyhelp.web.pages.UkDates;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.qute.Template;

/**
 * The hub asks the referrer for more from a referral's page (the decision clock stops), the referrer answers there (it
 * runs again), and the hub may withdraw its question: referral-service decides who may, and the page shows its answer.
 */
@Path("/referrals/{id}/questions")
@Produces(MediaType.TEXT_HTML)
class QuestionsToTheReferrerResource {

    private final Gateway gateway;
    private final ObjectMapper json;
    private final ReferralPage page;
    private final Template error;

    QuestionsToTheReferrerResource(Gateway gateway, ObjectMapper json, ReferralPage page, Template error) {
        this.gateway = gateway;
        this.json = json;
        this.page = page;
        this.error = error;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response ask(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        Answers form = Answers.from(posted, List.of("question", "dueDay", "dueMonth", "dueYear", "etag"));
        Answers errors = new Answers();
        if (!form.has("question")) {
            errors.put("question", "Enter the question for the referrer");
        }
        Optional<LocalDate> due = UkDates.fromParts(form.get("dueDay"), form.get("dueMonth"), form.get("dueYear"));
        if (due.isEmpty()) {
            errors.put("due", "Enter the date the answer is due, for example 27 3 2027");
        }
        if (!Ids.isUuid(id) || !errors.isEmpty()) {
            return page.render(id, "", form, errors, 400, null);
        }
        ObjectNode body = json.createObjectNode().put("question", form.get("question")).put("dueDate", due.get().toString());
        ApiResponse asked = gateway.post("/api/referrals/" + id + "/information-requests", body, ifMatch(form));
        if (asked.status() == 400 || asked.status() == 422) {
            Answers apiErrors = new Answers();
            asked.violations().forEach(v -> apiErrors.put(v.field() != null && v.field().contains("question") ? "question" : "due",
                    v.message()));
            if (apiErrors.isEmpty()) {
                apiErrors.put("due", asked.problemDetail());
            }
            return page.render(id, "", form, apiErrors, asked.status(), null);
        }
        return outcome(id, asked, "asked");
    }

    @POST
    @Path("{question}/answer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("id") String id, @PathParam("question") String question, MultivaluedMap<String, String> posted) {
        Answers form = Answers.from(posted, List.of("answer", "etag"));
        if (!Ids.isUuid(id) || !Ids.isUuid(question) || !form.has("answer")) {
            return page.render(id, "", form, new Answers().put("answer", "Enter your answer to the hub's question"), 400, null);
        }
        ApiResponse answered = gateway.post("/api/referrals/" + id + "/information-requests/" + question + "/answer",
                json.createObjectNode().put("answer", form.get("answer")), ifMatch(form));
        if (answered.status() == 400) {
            return page.render(id, "", form, new Answers().put("answer", answered.violations().stream().findFirst()
                    .map(ApiResponse.FieldError::message).orElse(answered.problemDetail())), 400, null);
        }
        return outcome(id, answered, "answered");
    }

    @POST
    @Path("{question}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@PathParam("id") String id, @PathParam("question") String question,
            MultivaluedMap<String, String> posted) {
        if (!Ids.isUuid(id) || !Ids.isUuid(question)) {
            return page.render(id, "", new Answers(), new Answers(), 404, null);
        }
        return outcome(id, gateway.post("/api/referrals/" + id + "/information-requests/" + question + "/withdraw",
                json.createObjectNode(), ifMatch(Answers.from(posted, List.of("etag")))), "question-withdrawn");
    }

    /**
     * The version of the referral the person read, from the form: a question is asked about, and answered or withdrawn
     * on, that referral; if it changed meanwhile, referral-service refuses (412) and the page says so.
     */
    private static Map<String, String> ifMatch(Answers form) {
        return form.has("etag") ? Map.of("If-Match", form.get("etag")) : Map.of();
    }

    private Response outcome(String id, ApiResponse answer, String done) {
        if (!answer.ok()) {
            return ApiPages.problem(error, answer, "/referrals/" + id);
        }
        return Response.seeOther(URI.create("/referrals/" + id + "?decided=" + done)).build();
    }
}
