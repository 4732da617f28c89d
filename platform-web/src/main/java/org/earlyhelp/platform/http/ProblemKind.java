package org.earlyhelp.platform.http;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;

/**
 * Every kind of problem the suite answers with, one {@code type} URI each. The gateway documents
 * each kind at its {@code type} ({@code /problems/<slug>}); a partner's system can branch on
 * {@code type} and show {@code detail} to a person.
 */
public enum ProblemKind {

    BAD_REQUEST("bad-request", 400, "The request could not be read",
            "The request line, a path segment or a query parameter is not well formed (for example broken percent-encoding"
                    + " such as %zz, or a value of the wrong format). Correct the request; sending it again unchanged will fail"
                    + " again."),
    VALIDATION("validation", 400, "The request has invalid fields",
            "One or more fields or query parameters break the operation's schema. `violations[]` names each field (a"
                    + " JSON path such as `children[0].dateOfBirth`) and what is wrong with it. Nothing was stored."),
    MALFORMED_JSON("malformed-json", 400, "The body is not valid JSON for this operation",
            "The body is not one well-formed JSON document of the operation's shape: a syntax error, content after the"
                    + " JSON value, a field named twice, a field the operation does not know, a value of another type, a number"
                    + " out of range, or null where the schema allows none. `violations[]` names the field where it can."
                    + " Nothing was stored."),
    UNAUTHORIZED("unauthorized", 401, "A valid bearer token is required",
            "No token, or one that is expired, not signed by the realm, or not meant for this API. Get a new access token"
                    + " from Keycloak (client credentials for a partner system) and send it as `Authorization: Bearer <token>`."),
    FORBIDDEN("forbidden", 403, "Your role does not allow this",
            "The token is valid but none of its roles may perform this operation (for example an auditor changing a"
                    + " record). A record you may not see answers 404, never 403."),
    NOT_FOUND("not-found", 404, "Not found",
            "Nothing you may see exists here: the record does not exist, or it exists and your agency has no part in it"
                    + " (the two are not told apart, so that nobody learns what is held about a family)."),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed",
            "The path exists but does not take this HTTP method. The `Allow` header lists the methods it takes."),
    NOT_ACCEPTABLE("not-acceptable", 406, "Not acceptable",
            "The operation cannot answer in any media type the `Accept` header asks for. Ask for `application/json`"
                    + " (errors come as `application/problem+json`)."),
    CONFLICT("conflict", 409, "Conflict",
            "The request is well formed but the record's state does not allow it now (for example accepting a referral"
                    + " that was withdrawn). `detail` says why; reload the record before deciding what to do."),
    SHARING_REFUSED("sharing-refused", 409, "Sharing is not permitted",
            "consent-service did not permit the share this change needs (no consent or lawful basis covers it), so nothing"
                    + " was shared. `refusals[]` names each family member it was refused for, the reasons and the recorded"
                    + " decision; record the family's consent or a lawful basis and try again."),
    OPEN_CASE("open-case", 409, "A child on the referral already has an open case",
            "One family, one case: a child on this referral is on an open case already. `openCases[]` names each such case,"
                    + " its reference and its lead agency (nothing of its content). Accept again with `joinCaseId` to add the"
                    + " referral, its people and concerns to that case (its lead agency is told); the referral stays in triage"
                    + " until then."),
    PROCESSING_RESTRICTED("processing-restricted", 409, "Processing of a person's data is restricted",
            "A data protection officer has restricted processing of the data of a person this record names (UK GDPR"
                    + " Art. 18): the record is kept and can be read, but it is not changed or shared until the restriction is"
                    + " lifted. Nothing was stored."),
    PRECONDITION_FAILED("precondition-failed", 412, "The record changed since you read it",
            "The `If-Match` ETag is not the record's current version: someone changed it meanwhile. Read it again, apply"
                    + " your change to what it says now, and send the new ETag."),
    CONTENT_TOO_LARGE("content-too-large", 413, "The body is too large",
            "The body exceeds the size every API of the suite accepts (the same at the gateway and at each service)."),
    URI_TOO_LONG("uri-too-long", 414, "The address is too long",
            "The path and query together exceed what the suite accepts. Send large selections in a body, or page."),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported media type",
            "The body's `Content-Type` is missing or not one the operation takes. Send `application/json`."),
    UNPROCESSABLE("unprocessable", 422, "The request cannot be carried out as asked",
            "The body is well formed but names something the suite does not know or cannot use (for example an agency"
                    + " code that is not in the agency register, or an unknown district). `violations[]` names the field."),
    INVALID_FEED("invalid-feed", 422, "The feed cannot be imported",
            "The Open Referral UK feed breaks the ORUK 3.0 schemas or names organisations, locations or terms that are"
                    + " neither in it nor in the directory. The report lists every error; nothing was imported."),
    PRECONDITION_REQUIRED("precondition-required", 428, "If-Match is required",
            "This change must say which version it was made against: send the ETag you read as `If-Match`."),
    TOO_MANY_REQUESTS("too-many-requests", 429, "Too many requests",
            "The client sent more requests than its rate limit allows. Wait the seconds in `Retry-After` (see also the"
                    + " `RateLimit` header) and retry."),
    HEADERS_TOO_LARGE("header-fields-too-large", 431, "Request headers too large",
            "The request's headers are larger than the suite accepts."),
    SERVER_ERROR("server-error", 500, "Something went wrong on our side",
            "An unexpected error. Nothing is promised about what was done: retry a creation with the same"
                    + " `Idempotency-Key`, and quote the `requestId` if you contact support."),
    BAD_GATEWAY("bad-gateway", 502, "The service gave no usable answer",
            "The gateway reached the service behind it but got no usable answer. Retry later; quote the `requestId`."),
    UNAVAILABLE("unavailable", 503, "Temporarily unavailable",
            "The service, its database or a service it must ask (for example consent-service for a sharing check) cannot"
                    + " be reached just now. Nothing was shared or stored. Retry after `Retry-After` seconds; a creation retried"
                    + " with the same `Idempotency-Key` is done at most once."),
    GATEWAY_TIMEOUT("gateway-timeout", 504, "The service did not answer in time",
            "The service behind the gateway did not answer in time. A creation retried with the same `Idempotency-Key`"
                    + " is done at most once.");

    /** Where the gateway documents every kind: {@code type} URIs are relative to the API's own address. */
    public static final String PATH = "/problems/";

    private final String slug;
    private final int status;
    private final String title;
    private final String description;

    ProblemKind(String slug, int status, String title, String description) {
        this.slug = slug;
        this.status = status;
        this.title = title;
        this.description = description;
    }

    public URI type() {
        return URI.create(PATH + slug);
    }

    public String slug() {
        return slug;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    /** The kind a bare status stands for (the first of that status), or the server/client error kind. */
    public static ProblemKind of(int status) {
        return Arrays.stream(values()).filter(kind -> kind.status == status).findFirst()
                .orElse(status >= 500 ? SERVER_ERROR : BAD_REQUEST);
    }

    public static Optional<ProblemKind> bySlug(String slug) {
        return Arrays.stream(values()).filter(kind -> kind.slug.equals(slug)).findFirst();
    }
}
