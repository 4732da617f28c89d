package org.earlyhelp.web.cases;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.earlyhelp.web.gateway.ApiResponse;
import org.earlyhelp.web.gateway.Gateway;
import org.earlyhelp.web.pages.Answers;
import org.earlyhelp.web.pages.ApiPages;
import org.earlyhelp.web.pages.FieldErrors;
import org.earlyhelp.web.referrals.Ids;

import com.fasterxml.jackson.databind.JsonNode;

import com.fasterxml.jackson.databind.node.MissingNode;


import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/**
 * The forms about a case, the same for each: the question page shows the case as the API has it now, with the version
 * it was read at; what a change came to is done, and the page that follows; refused as bad input, a conflict with the
 * case's state, or a form read before someone else's change — the form again, with the API's words at its questions
 * (a stale form shown with the case as it is now); anything else, the API's problem page.
 */
@ApplicationScoped
class CaseChanges {

    static final String CHANGED_MEANWHILE = "Someone changed this case since you opened it. Check it and try again.";

    /** The form again, with errors and the status to answer with. */
    interface FormAgain {
        Response with(Answers errors, int status);
    }

    /** A page about the case, or null when what it is about is not on the case (a "not found"). */
    interface CasePage {
        TemplateInstance of(JsonNode kase, String etag);
    }

    private final Gateway gateway;
    private final Template error;

    CaseChanges(Gateway gateway, Template error) {
        this.gateway = gateway;
        this.error = error;
    }

    /** A question page about the case as the API shows it now, with what the person typed and its errors. */
    Response show(String id, CasePage page, Answers form, Answers errors, int status) {
        if (!Ids.isUuid(id)) {
            return notFound();
        }
        ApiResponse kase = gateway.get("/api/cases/" + id);
        if (!kase.ok()) {
            return problem(kase, "/caseload");
        }
        String etag = etagFor(form, status, kase.etag());
        TemplateInstance shown = page.of(kase.body(), etag);
        if (shown == null) {
            return notFound();
        }
        return Response.status(status).entity(shown.data("kase", kase.body()).data("etag", etag).data("form", form)
                .data("errors", errors)).build();
    }

    Response outcome(String caseId, ApiResponse answer, Supplier<Response> done, FormAgain again,
            Map<String, String> formFieldOfApiField, String fallback) {
        if (answer.ok()) {
            return done.get();
        }
        if (answer.status() == 412) {
            return again.with(new Answers().put(fallback, CHANGED_MEANWHILE), 412);
        }
        if (FieldErrors.badInput(answer) || answer.status() == 409) {
            return again.with(FieldErrors.of(answer, formFieldOfApiField, fallback), answer.status());
        }
        return problem(answer, "/cases/" + caseId);
    }

    Response problem(ApiResponse answer, String back) {
        return ApiPages.problem(error, answer, back);
    }

    /** The case's overview with the banner for what was just done. */
    static Response done(String caseId, String what) {
        return Response.seeOther(URI.create("/cases/" + caseId + "?done=" + what)).build();
    }

    static Map<String, String> ifMatch(Answers form) {
        return form.has("etag") ? Map.of("If-Match", form.get("etag")) : Map.of();
    }

    static Map<String, String> ifMatch(MultivaluedMap<String, String> posted) {
        String etag = posted.getFirst("etag");
        return etag == null || etag.isBlank() ? Map.of() : Map.of("If-Match", etag);
    }

    /**
     * The version a case form carries: the one the person opened while they correct their answers, the case's current
     * one when the form is new or was stale.
     */
    private static String etagFor(Answers form, int status, Optional<String> current) {
        return form.has("etag") && status != 200 && status != 412 ? form.get("etag") : current.orElse("");
    }

    Response notFound() {
        return ApiPages.problem(error, new ApiResponse(404, MissingNode.getInstance(), Optional.empty(), Optional.empty()),
                "/caseload");
    }
}
