package org.earlyhelp.referral.matching;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A possible match as triage sees it: who on this referral, who they may be, how sure, and why. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MatchView(UUID id, UUID referralPersonId, UUID personId, String personName, UUID candidatePersonId,
        String candidateName, double score, List<String> reasons, String status, String decidedBy, Instant decidedAt) {

    static MatchView of(PersonMatch match) {
        return new MatchView(match.id, match.person.id(), match.person.personId(), match.person.displayName(),
                match.candidatePersonId, match.candidateName, match.score, match.reasonList(),
                match.status.name().toLowerCase(), match.decidedBy, match.decidedAt);
    }
}
