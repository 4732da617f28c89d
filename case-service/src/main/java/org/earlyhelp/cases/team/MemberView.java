package org.earlyhelp.cases.team;

import java.time.Instant;
import java.util.UUID;

/** A member of the team around the family as the case's readers see it. */
public record MemberView(UUID id, String agency, String agencyType, String practitionerName, String role, boolean active,
        Instant joinedAt, String addedBy, Instant leftAt, String leftReason) {

    public static MemberView of(TeamMember member) {
        return new MemberView(member.id(), member.agency(), member.agencyType(), member.practitionerName(), member.role(),
                member.active(), member.joinedAt(), member.addedBy(), member.leftAt(), member.leftReason());
    }
}
