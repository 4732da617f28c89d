package org.earlyhelp.cases.team;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.earlyhelp.cases.casefile.CaseContent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A member of the team around the family as the case's readers see it. */
public record MemberView(UUID id, String agency, String agencyType, String practitionerName, String role,
        @Schema(description = """
                The data categories of the case's content the member sees (consent-service permitted them for every family \
                member; a consent changed since may have narrowed them): `concerns`, `health`, `education`, \
                `police-information`, `case-notes`.""", example = "[\"concerns\", \"education\"]")
        List<String> dataCategories, boolean active, Instant joinedAt, String addedBy, Instant leftAt, String leftReason) {

    public static MemberView of(TeamMember member) {
        return new MemberView(member.id(), member.agency(), member.agencyType(), member.practitionerName(), member.role(),
                CaseContent.codes(member.dataCategories()), member.active(), member.joinedAt(), member.addedBy(), member.leftAt(),
                member.leftReason());
    }
}
