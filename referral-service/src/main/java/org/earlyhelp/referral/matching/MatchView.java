package org.earlyhelp.referral.matching;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A possible match as triage sees it: who on this referral, who they may be, how sure, and why.
 *
 * @param strong whether {@code score} reaches {@code strongScore}, the score from which a match is shown as strong
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MatchView(UUID id, UUID referralPersonId, UUID personId, String personName, UUID candidatePersonId,
        String candidateName, double score,
        @Schema(description = "Whether the score reaches strongScore: a strong match counts as known to services")
        boolean strong,
        @Schema(description = "The score from which a match is shown as strong (the same for every match: 0.7)")
        double strongScore,
        List<String> reasons, String status, String decidedBy, Instant decidedAt) {

    static MatchView of(PersonMatch match) {
        return new MatchView(match.id, match.person.id(), match.person.personId(), match.person.displayName(),
                match.candidatePersonId, match.candidateName, match.score, match.score >= MatchScore.STRONG, MatchScore.STRONG,
                match.reasonList(), match.status.name().toLowerCase(), match.decidedBy, match.decidedAt);
    }
}
