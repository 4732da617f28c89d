package org.earlyhelp.consent.participation;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.platform.events.CloudEvent;
import org.earlyhelp.platform.events.FeedConsumer;

/** Follows case-service's feed: the lead agency and every member of the team around the family take part. */
@ApplicationScoped
class CaseEvents extends FeedConsumer {

    static final String NAME = "case-events";

    private final ParticipationProjection projection;

    CaseEvents(ParticipationProjection projection) {
        this.projection = projection;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    protected void handle(CloudEvent event) {
        ParticipationChange change = ParticipationChange.of(event);
        switch (event.type()) {
            case "case.opened" -> projection.join(change, "case", "caseId", "leadAgency");
            // case-service publishes case.transferred; the older name is still read so a replayed feed loses nothing.
            case "case.transferred", "case.lead-transferred" -> projection.join(change, "case", "caseId", "toAgency");
            case "case.member-added" -> projection.join(change, "case", "caseId", "agency");
            case "case.member-removed" -> projection.leave(change, "case", "caseId", "agency");
            // A family member added by hand: the lead and team take part for them as for the rest of the family.
            case "case.person-added" -> projection.extend(change, "case", "caseId");
            default -> {
                // Other case events do not change who takes part.
            }
        }
    }
}
