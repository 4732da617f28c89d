package org.earlyhelp.platform.http;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail, the body of every error response. {@code violations} names the
 * fields a request got wrong; {@code requestId} lets a caller quote the request to support.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        URI type,
        String title,
        int status,
        String detail,
        String instance,
        String requestId,
        List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One field a request got wrong: where ({@code field}, a JSON-ish path) and what is wrong with it. */
    public record Violation(String field, String message) {
    }
}
