package org.earlyhelp.referral.referral;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.earlyhelp.platform.http.Problem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The problem answered when a referral is not accepted for want of a permit for its lead agency: which people on it
 * were not permitted, consent-service's reasons and its decision ids (case-service answers a refused team member alike).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "SharingRefusal", description = "A problem (RFC 9457) naming the family members the share was not permitted for")
public record RefusalProblem(URI type, String title, int status, String detail, String instance, String requestId,
        List<Refusal> refusals) {

    public static final URI TYPE = URI.create("https://earlyhelp.example/problems/sharing-refused");

    /** {@code problem}'s title, status, detail, instance and request id, under this problem's own type, with the refusals. */
    static RefusalProblem of(Problem problem, List<Refusal> refusals) {
        return new RefusalProblem(TYPE, problem.title(), problem.status(), problem.detail(), problem.instance(), problem.requestId(),
                refusals);
    }

    public record Refusal(UUID personId, List<String> reasons, UUID decisionId) {
    }
}
