package org.earlyhelp.consent.participation;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.cases.contract.CaseFeed;
import org.earlyhelp.consent.participation.ParticipationProjection.Work;
import org.earlyhelp.platform.dataprotection.RecordErased;
import org.earlyhelp.platform.events.CloudEvent;
import org.earlyhelp.platform.events.FeedConsumer;

/**
 * Follows case-service's feed, reading its published {@link CaseFeed} records: the lead agency and
 * every member of the team around the family take part. A case case-service erased ({@code record.erased}) takes with it
 * the participation resting on it.
 */
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
        switch (event.type()) {
            case CaseFeed.Opened.TYPE -> event.dataAs(CaseFeed.Opened.class).ifPresent(opened ->
                    projection.join(event, kase(opened.caseId()), opened.personIds(), opened.leadAgency()));
            case CaseFeed.Transferred.TYPE -> event.dataAs(CaseFeed.Transferred.class).ifPresent(transferred ->
                    projection.join(event, kase(transferred.caseId()), transferred.personIds(), transferred.toAgency()));
            case CaseFeed.MemberAdded.TYPE -> event.dataAs(CaseFeed.MemberAdded.class).ifPresent(added ->
                    projection.join(event, kase(added.caseId()), added.personIds(), added.agency()));
            case CaseFeed.MemberRemoved.TYPE -> event.dataAs(CaseFeed.MemberRemoved.class).ifPresent(removed ->
                    projection.leave(event, kase(removed.caseId()), removed.personIds(), removed.agency()));
            // A family member added by hand: the lead and team take part for them as for the rest of the family.
            case CaseFeed.PersonAdded.TYPE -> event.dataAs(CaseFeed.PersonAdded.class).ifPresent(added ->
                    projection.extend(event, kase(added.caseId()), added.personId()));
            case RecordErased.TYPE -> event.dataAs(RecordErased.class).ifPresent(erased ->
                    projection.forget(event, erased, "case"));
            default -> {
                // Other case events do not change who takes part.
            }
        }
    }

    private static Work kase(UUID id) {
        return new Work("case", id);
    }
}
