package org.earlyhelp.referral.referral;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.platform.access.Reach;
import org.earlyhelp.platform.events.EventDraft;
import org.earlyhelp.platform.events.Outbox;

/**
 * The referral's domain events on the feed (shapes and the reason for every field in {@code referral-service/EVENTS.md}).
 * Each is addressed, when it happens, to whoever may then see the referral ({@link ReferralVisibility}): the working
 * roles of the referrer and of the lead agency once there is one, and the hub's screeners of the referral's area.
 * Payloads carry ids and codes; the one name (a child's display name on {@code referral.accepted}) is what case-service
 * keeps on the case it opens.
 */
@ApplicationScoped
public class ReferralEvents {

    private final Outbox outbox;

    ReferralEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public record Submitted(UUID referralId, String referringAgency, String area, Urgency urgency, boolean immediateRisk,
            String queue, List<UUID> personIds, List<UUID> childPersonIds, List<ConcernCategory> concernCategories) {
    }

    public record Accepted(UUID referralId, String referringAgency, String leadAgency, String area, List<UUID> personIds,
            List<UUID> childPersonIds, List<Child> children, List<ConcernCategory> concernCategories) {
    }

    /** What a case needs to keep locally about a child (ARCHITECTURE.md §2: id plus display name). */
    public record Child(UUID personId, String displayName) {
    }

    public record Signposted(UUID referralId, String referringAgency, String area, List<UUID> personIds,
            List<UUID> onwardReferralIds) {
    }

    /** Without the reason: free text about the family, which the referrer and the hub read on the referral itself. */
    public record Escalated(UUID referralId, String referringAgency, String area, List<UUID> personIds, boolean immediateRisk) {
    }

    public record Closed(UUID referralId, String referringAgency, String leadAgency, String area, List<UUID> personIds,
            String closure, String outcome, UUID caseId) {
    }

    public record PersonLinked(UUID referralId, String referringAgency, String area, UUID mintedPersonId, UUID personId,
            List<UUID> personIds) {
    }

    void submitted(Referral referral, NewReferral body) {
        publish("referral.submitted", referral, new Submitted(referral.id(), referral.referringAgency(), referral.area(),
                referral.urgency(), referral.immediateRisk(), referral.queue(), referral.personIds(), referral.childPersonIds(),
                categories(body)));
    }

    void accepted(Referral referral, NewReferral body) {
        List<Child> children = referral.people().stream().filter(ReferralPerson::child)
                .map(person -> new Child(person.personId(), person.displayName())).toList();
        publish("referral.accepted", referral, new Accepted(referral.id(), referral.referringAgency(), referral.leadAgency(),
                referral.area(), referral.personIds(), referral.childPersonIds(), children, categories(body)));
    }

    public void signposted(Referral referral, List<UUID> onwardReferralIds) {
        publish("referral.signposted", referral,
                new Signposted(referral.id(), referral.referringAgency(), referral.area(), referral.personIds(), onwardReferralIds));
    }

    void escalated(Referral referral) {
        publish("referral.escalated", referral, new Escalated(referral.id(), referral.referringAgency(), referral.area(),
                referral.personIds(), referral.immediateRisk()));
    }

    /** The referral's work is over: no further action, withdrawn, or its case closed (with the outcome). */
    public void closed(Referral referral, String closure) {
        publish("referral.closed", referral, new Closed(referral.id(), referral.referringAgency(), referral.leadAgency(),
                referral.area(), referral.personIds(), closure, referral.caseOutcome(), referral.caseId()));
    }

    public void personLinked(Referral referral, UUID minted, UUID existing) {
        publish("referral.person-linked", referral,
                new PersonLinked(referral.id(), referral.referringAgency(), referral.area(), minted, existing, referral.personIds()));
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

    private static List<ConcernCategory> categories(NewReferral body) {
        return body.concerns().stream().map(NewReferral.Concern::category).distinct().toList();
    }

}
