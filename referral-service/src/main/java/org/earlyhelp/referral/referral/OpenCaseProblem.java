package org.earlyhelp.referral.referral;

import java.net.URI;
import java.util.List;

import org.earlyhelp.platform.http.Problem;
import org.earlyhelp.platform.http.ProblemKind;
import org.earlyhelp.referral.familycase.OpenCase;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The problem answered when a referral is not accepted because a child on it has an open case the hub did not join. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "OpenCaseProblem", description = "A problem (RFC 9457) naming the open cases of the referral's children")
public record OpenCaseProblem(URI type, String title, int status, String detail, String instance, String requestId,
        List<OpenCase> openCases) {

    static OpenCaseProblem of(Problem problem, List<OpenCase> openCases) {
        return new OpenCaseProblem(ProblemKind.OPEN_CASE.type(), problem.title(), problem.status(), problem.detail(),
                problem.instance(), problem.requestId(), openCases);
    }
}
