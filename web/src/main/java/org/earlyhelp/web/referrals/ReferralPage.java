package org.earlyhelp.web.referrals;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import org.earlyhelp.web.pages.JsonValues;
import org.earlyhelp.web.gateway.ApiResponse;
import org.earlyhelp.web.gateway.Gateway;
import org.earlyhelp.web.pages.Answers;
import org.earlyhelp.web.pages.ApiPages;
import org.earlyhelp.web.pages.Query;
import org.earlyhelp.web.security.Viewer;

import com.fasterxml.jackson.databind.node.MissingNode;

import io.quarkus.qute.Template;

/**
 * A referral's page, as the API lets this person see it: what was referred, status, deadline, history; for hub
 * triage of the area while it is open, the "known to services" candidates and the decision form (with a directory
 * search for signposting); the hub's questions to the referrer, with the forms to ask, answer or withdraw one.
 */
@ApplicationScoped
public class ReferralPage {

    /** The largest page the API gives (a referral's history and matches are far shorter). */
    private static final int PAGE = 100;

    private final Gateway gateway;
    private final Viewer viewer;
    private final Template referral;
    private final Template error;

    ReferralPage(Gateway gateway, Viewer viewer, Template referral, Template error) {
        this.gateway = gateway;
        this.viewer = viewer;
        this.referral = referral;
        this.error = error;
    }

    public Response render(String id, String serviceSearch, Answers form, Answers errors, int status, String decided) {
        if (!Ids.isUuid(id)) {
            return ApiPages.problem(error, new ApiResponse(404, MissingNode.getInstance(), Optional.empty(), Optional.empty()),
                    "/referrals");
        }
        ApiResponse answer = gateway.get("/api/referrals/" + id);
        if (!answer.ok()) {
            return ApiPages.problem(error, answer, "/referrals");
        }
        // Lists are pages; a referral's history and its matches are short, so the largest page holds them.
        ApiResponse history = gateway.get(Query.of().with("size", PAGE).on("/api/referrals/" + id + "/history"));
        String state = answer.body().path("status").asText();
        boolean open = state.equals("submitted") || state.equals("in-triage");
        boolean triage = viewer.isHub() && open;
        var page = referral.data("referral", answer.body()).data("etag", answer.etag().orElse(""))
                .data("history", JsonValues.value(history.ok() ? history.body().path("items") : MissingNode.getInstance())).data("triage", triage)
                .data("form", form).data("errors", errors).data("decided", decided == null ? "" : decided);
        // The hub's questions to the referrer: the hub asks while it has not decided (never about immediate risk, which it
        // only escalates) and may withdraw an open one; the referring agency answers. referral-service decides who may.
        ApiResponse questions = gateway.get(Query.of().with("size", PAGE).on("/api/referrals/" + id + "/information-requests"));
        boolean awaiting = state.equals("awaiting-information");
        page.data("questions", JsonValues.value(questions.ok() ? questions.body().path("items") : MissingNode.getInstance()))
                .data("mayAsk", triage && !answer.body().path("immediateRisk").asBoolean())
                .data("mayWithdraw", viewer.isHub() && awaiting)
                .data("mayAnswer", awaiting && viewer.getAgency().equals(answer.body().path("referringAgency").asText()));
        String words = serviceSearch == null ? "" : serviceSearch.trim();
        page.data("serviceSearch", words);
        if (triage) {
            ApiResponse matches = gateway.get(Query.of().with("size", PAGE).on("/api/referrals/" + id + "/matches"));
            page.data("matches", JsonValues.value(matches.ok() ? matches.body().path("items") : MissingNode.getInstance()));
            if (!words.isEmpty()) {
                ApiResponse found = gateway.get(Query.of().with("search", words).with("per_page", 10).on("/oruk/services"));
                page.data("services", JsonValues.value(found.ok() ? found.body().path("contents") : MissingNode.getInstance()));
            } else {
                page.data("services", JsonValues.value(MissingNode.getInstance()));
            }
        } else {
            page.data("matches", JsonValues.value(MissingNode.getInstance())).data("services", JsonValues.value(MissingNode.getInstance()));
        }
        return Response.status(status).entity(page).build();
    }
}
