package org.earlyhelp.web.directory;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

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

/**
 * How a directory-admin form reaches the directory API, the same for every kind of record: a record is added, or
 * changed with the version the person opened (If-Match) after reading it afresh, so that what the form does not show
 * is sent back as it is (the API replaces a record whole). What the API answers becomes the next page: the record's
 * page when saved; the form again with the API's field errors at their questions; "someone changed this since you
 * opened it" with the record as it is now; otherwise the API's problem in words.
 */
final class RecordChanges {

    static final String CHANGED_MEANWHILE = "Someone changed this since you opened it. Here it is as it is now; make your change again.";

    /** A form page: with what the person typed (null: the record as the API has it now), its errors and status. */
    interface FormPage {
        Response show(Answers typed, Answers errors, int status);
    }

    private final Gateway gateway;
    private final Template error;
    private final String api;
    private final String pages;
    private final String back;
    private final Function<String, String> formFieldOfApiField;
    private final String fallback;

    /**
     * @param api the records' API path ({@code /api/directory/locations})
     * @param pages the records' pages ({@code /directory-admin/locations})
     * @param back where a problem page leads back to
     * @param formFieldOfApiField which question holds each API field, for its field errors
     * @param fallback the question an error without a question of its own is shown at
     */
    RecordChanges(Gateway gateway, Template error, String api, String pages, String back,
            Map<String, String> formFieldOfApiField, String fallback) {
        this(gateway, error, api, pages, back, FieldErrors.named(formFieldOfApiField), fallback);
    }

    /** As the other constructor, with a function naming the question of an API field (null: it has none). */
    RecordChanges(Gateway gateway, Template error, String api, String pages, String back,
            Function<String, String> formFieldOfApiField, String fallback) {
        this.gateway = gateway;
        this.error = error;
        this.api = api;
        this.pages = pages;
        this.back = back;
        this.formFieldOfApiField = formFieldOfApiField;
        this.fallback = fallback;
    }

    /** The record as the API has it now, with its version, shown; or the API's problem. */
    Response read(String id, BiFunction<JsonNode, String, Response> shown) {
        if (!Ids.isUuid(id)) {
            return notFound();
        }
        ApiResponse answer = gateway.get(api + "/" + id);
        if (!answer.ok()) {
            return ApiPages.problem(error, answer, back);
        }
        return shown.apply(answer.body(), answer.etag().orElse(""));
    }

    /**
     * Adds a record made from the form, unless the page's own checks found {@code errors}: its page when the API took
     * it, else the form again with the API's reasons.
     */
    Response add(Answers form, Answers errors, Supplier<Object> body, FormPage again) {
        return add(form, errors, body, again, created -> saved(created.body().path("id").asText(), "created"));
    }

    Response add(Answers form, Answers errors, Supplier<Object> body, FormPage again, Function<ApiResponse, Response> then) {
        if (!errors.isEmpty()) {
            return again.show(form, errors, 400);
        }
        ApiResponse answer = gateway.post(api, body.get(), Map.of());
        if (answer.ok()) {
            return then.apply(answer);
        }
        if (FieldErrors.badInput(answer) || answer.status() == 409) {
            return again.show(form, FieldErrors.of(answer, formFieldOfApiField, fallback), answer.status());
        }
        return ApiPages.problem(error, answer, back);
    }

    /**
     * Changes the record as the form says, with the version the form was read at ({@code etag}), unless the page's own
     * checks found {@code errors}; {@code body} is given the record as it is now.
     */
    Response change(String id, Answers form, Answers errors, Function<JsonNode, Object> body, FormPage again) {
        return change(id, form, errors, body, again, changed -> saved(id, "saved"));
    }

    /** As {@link #change(String, Answers, Answers, Function, FormPage)}, with {@code then} deciding the page once saved. */
    Response change(String id, Answers form, Answers errors, Function<JsonNode, Object> body, FormPage again,
            Function<ApiResponse, Response> then) {
        if (!Ids.isUuid(id)) {
            return notFound();
        }
        if (!errors.isEmpty()) {
            return again.show(form, errors, 400);
        }
        ApiResponse now = gateway.get(api + "/" + id);
        if (!now.ok()) {
            return ApiPages.problem(error, now, back);
        }
        ApiResponse answer = gateway.put(api + "/" + id, body.apply(now.body()), Map.of("If-Match", form.get("etag")));
        if (answer.status() == 412 || answer.status() == 428) {
            return again.show(null, new Answers().put(fallback, CHANGED_MEANWHILE), 412);
        }
        if (FieldErrors.badInput(answer) || answer.status() == 409) {
            return again.show(form, FieldErrors.of(answer, formFieldOfApiField, fallback), answer.status());
        }
        if (!answer.ok()) {
            return ApiPages.problem(error, answer, pages + "/" + id);
        }
        return then.apply(answer);
    }

    /** The record's page, with its banner for what was just done. */
    Response saved(String id, String what) {
        return Response.seeOther(URI.create(pages + "/" + id + "?changed=" + what)).build();
    }

    Response problem(ApiResponse answer, String from) {
        return ApiPages.problem(error, answer, from);
    }

    Response notFound() {
        return ApiPages.problem(error, new ApiResponse(404, MissingNode.getInstance(), Optional.empty(), Optional.empty()), back);
    }
}
