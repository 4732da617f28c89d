package org.earlyhelp.referral.referral;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.platform.access.Reach;
import org.earlyhelp.platform.events.EventDraft;
import org.earlyhelp.platform.events.Outbox;
import org.earlyhelp.referral.contract.ReferralFeed;

/**
 * The referral's domain events on the feed, as the published {@link ReferralFeed} records (the reason for every field
 * in {@code referral-service/EVENTS.md}).
 * Each is addressed, when it happens, to whoever may then see the referral ({@link ReferralVisibility}): the working
 * roles of the referrer and of the lead agency once there is one, and the hub's screeners of the referral's area.
 * Payloads carry ids and codes; the names on {@code referral.accepted} (each person's name, exact date of birth and
 * relationship) are what case-service keeps on the case it opens, for readers who may read the referral anyway.
 */
@ApplicationScoped
public class ReferralEvents {

    private final Outbox outbox;

    ReferralEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    void submitted(Referral referral, NewReferral body) {
        publish(ReferralFeed.Submitted.TYPE, referral, new ReferralFeed.Submitted(referral.id(), referral.referringAgency(),
                referral.area(), referral.urgency().value(), referral.immediateRisk(), referral.queue(), referral.personIds(),
                referral.childPersonIds(), categories(body)));
    }

    /** Accepted: case-service opens the case, or adds the referral to the open case {@code joinCaseId} (null: none). */
    void accepted(Referral referral, NewReferral body, UUID joinCaseId) {
        List<ReferralFeed.Child> children = referral.people().stream().filter(ReferralPerson::child)
                .map(person -> new ReferralFeed.Child(person.personId(), person.displayName(), person.firstName(),
                        person.lastName(), person.dateOfBirth()))
                .toList();
        List<ReferralFeed.HouseholdMember> household = referral.people().stream().filter(person -> !person.child())
                .map(person -> new ReferralFeed.HouseholdMember(person.personId(), person.firstName(), person.lastName(),
                        person.dateOfBirth(), person.relationship()))
                .toList();
        publish(ReferralFeed.Accepted.TYPE, referral, new ReferralFeed.Accepted(referral.id(), referral.referringAgency(),
                referral.leadAgency(), referral.area(), referral.personIds(), referral.childPersonIds(), children, categories(body),
                household, joinCaseId));
    }

    public void signposted(Referral referral, List<UUID> onwardReferralIds) {
        publish(ReferralFeed.Signposted.TYPE, referral, new ReferralFeed.Signposted(referral.id(), referral.referringAgency(),
                referral.area(), referral.personIds(), onwardReferralIds));
    }

    void escalated(Referral referral) {
        publish(ReferralFeed.Escalated.TYPE, referral, new ReferralFeed.Escalated(referral.id(), referral.referringAgency(),
                referral.area(), referral.personIds(), referral.immediateRisk()));
    }

    /** The referral's work is over: no further action, withdrawn, or its case closed (with the outcome). */
    public void closed(Referral referral, String closure) {
        publish(ReferralFeed.Closed.TYPE, referral, new ReferralFeed.Closed(referral.id(), referral.referringAgency(),
                referral.leadAgency(), referral.area(), referral.personIds(), closure, referral.caseOutcome(), referral.caseId()));
    }

    public void personLinked(Referral referral, UUID minted, UUID existing) {
        publish(ReferralFeed.PersonLinked.TYPE, referral, new ReferralFeed.PersonLinked(referral.id(),
                referral.referringAgency(), referral.area(), minted, existing, referral.personIds()));
    }

    /** A confirmed match undone: {@code restored} is a person of their own again, not {@code known}. */
    public void personUnlinked(Referral referral, UUID restored, UUID known) {
        publish(ReferralFeed.PersonUnlinked.TYPE, referral, new ReferralFeed.PersonUnlinked(referral.id(),
                referral.referringAgency(), referral.area(), restored, known, referral.personIds()));
    }

    /** The referrer amended the referral (issue 29): ids, state and its new content version only. */
    public void amended(Referral referral, boolean identitiesChanged) {
        publish(ReferralFeed.Amended.TYPE, referral, new ReferralFeed.Amended(referral.id(), referral.referringAgency(),
                referral.area(), referral.status().value(), referral.contentVersion(), identitiesChanged, referral.personIds()));
    }

    /** A question to the referrer asked ({@code type} requested) or settled (provided, withdrawn); never its text. */
    public void informationRequest(String type, Referral referral, UUID requestId, String requestStatus, LocalDate dueDate) {
        publish(type, referral, new ReferralFeed.InformationRequest(referral.id(), requestId, referral.referringAgency(),
                referral.area(), referral.status().value(), requestStatus, dueDate, referral.decisionDueAt(),
                referral.personIds()));
    }

    private void publish(String type, Referral referral, Object data) {
        outbox.record(new EventDraft(type, referral.id().toString(), data, audience(referral)));
    }

    /** {@link ReferralVisibility#SEEN} as event addresses: referrer, lead (once accepted), hub of the area. */
    static Set<String> audience(Referral referral) {
        Set<String> audience = new LinkedHashSet<>();
        audience.add(Reach.agencyKey(referral.referringAgency()));
        if (referral.leadAgency() != null) {
            audience.add(Reach.agencyKey(referral.leadAgency()));
        }
        audience.add(Reach.areaKey(referral.area()));
        return audience;
    }

    private static List<String> categories(NewReferral body) {
        return body.concerns().stream().map(NewReferral.Concern::category).distinct().map(ConcernCategory::value).toList();
    }

}
