package org.earlyhelp.platform.http;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail, the body of every error response. {@code violations} names the
 * fields a request got wrong; {@code requestId} lets a caller quote the request to support.
 *
 * <p>The one way to build one: {@link #of(ProblemKind, String)} (or {@link #of(int, String)} for a bare
 * status) takes type and title from the {@link ProblemKind} catalogue; the transport that sends it
 * ({@code platform.web.Problems} in a resource, {@link HttpProblems} on the HTTP layer) says where
 * ({@code instance}) and in which request.
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

    /** A problem of {@code kind}: its type, title and status. */
    public static Problem of(ProblemKind kind, String detail) {
        return new Problem(kind.type(), kind.title(), kind.status(), detail, null, null, null);
    }

    /** A problem answered with {@code status}, of the kind that status stands for ({@link ProblemKind#of}). */
    public static Problem of(int status, String detail) {
        ProblemKind kind = ProblemKind.of(status);
        return new Problem(kind.type(), kind.title(), status, detail, null, null, null);
    }

    /** The same problem naming the fields a request got wrong. */
    public Problem withViolations(List<Violation> violations) {
        return new Problem(type, title, status, detail, instance, requestId, violations);
    }

    /** The same problem with another title, for the few answers whose title is not their kind's. */
    public Problem withTitle(String title) {
        return new Problem(type, title, status, detail, instance, requestId, violations);
    }

    /** Where and in which request it happened, each unless already said. */
    public Problem at(String instance, String requestId) {
        return new Problem(type, title, status, detail, this.instance != null ? this.instance : instance,
                this.requestId != null ? this.requestId : requestId, violations);
    }
}
