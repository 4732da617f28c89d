package org.earlyhelp.cases.opening;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.cases.casefile.PersonLinks;
import org.earlyhelp.platform.dataprotection.RecordErased;
import org.earlyhelp.platform.events.CloudEvent;
import org.earlyhelp.platform.events.FeedConsumer;
import org.earlyhelp.referral.contract.ReferralFeed;
import org.jboss.logging.Logger;

/**
 * Follows referral-service's feed, reading its published {@link ReferralFeed} records.
 * {@code referral.submitted} and {@code referral.accepted} keep the projection of referrals this
 * service has seen; {@code referral.accepted} also opens the case (or, with {@code joinCaseId}, joins the open case the
 * hub chose), once per referral: the platform
 * acts on each event id once, and a referral already on a case (another delivery of the same news
 * under a new event id, or a case opened by hand) is not opened again. {@code referral.person-linked}
 * and {@code referral.person-unlinked} keep the person links ({@link PersonLinks}): a case member
 * recorded under one id is found under the other while the match stands. {@code record.erased} (referral-service erased
 * one of its records) drops what this service projected from it: the referral seen, with its family's details, and the
 * links its matches made; a case opened from the referral is the case's own record and stays. An event missing what it
 * needs is logged and skipped, since retrying cannot mend it.
 */
@ApplicationScoped
class ReferralEvents extends FeedConsumer {

    static final String NAME = "referral-events";
    private static final Logger LOG = Logger.getLogger(ReferralEvents.class);

    private final CaseOpening opening;
    private final SeenReferrals seen;
    private final PersonLinks links;

    ReferralEvents(CaseOpening opening, SeenReferrals seen, PersonLinks links) {
        this.opening = opening;
        this.seen = seen;
        this.links = links;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    protected void handle(CloudEvent event) {
        switch (event.type()) {
            case ReferralFeed.Submitted.TYPE -> event.dataAs(ReferralFeed.Submitted.class).ifPresent(submitted -> saw(event,
                    new News(SeenReferral.SUBMITTED, submitted.referralId(), submitted.referringAgency(), null, submitted.area(),
                            submitted.concernCategories(), submitted.personIds(), submitted.childPersonIds(), List.of(),
                            List.of()), null));
            case ReferralFeed.Accepted.TYPE -> event.dataAs(ReferralFeed.Accepted.class).ifPresent(accepted -> saw(event,
                    new News(SeenReferral.ACCEPTED, accepted.referralId(), accepted.referringAgency(), accepted.leadAgency(),
                            accepted.area(), accepted.concernCategories(), accepted.personIds(), accepted.childPersonIds(),
                            accepted.children(), accepted.household()), accepted.joinCaseId()));
            case ReferralFeed.PersonLinked.TYPE -> event.dataAs(ReferralFeed.PersonLinked.class).ifPresent(linked -> {
                if (usableLink(event, linked.mintedPersonId(), linked.personId())) {
                    links.link(linked.mintedPersonId(), linked.personId(), linked.referralId(),
                            event.time() == null ? Instant.now() : event.time());
                }
            });
            case ReferralFeed.PersonUnlinked.TYPE -> event.dataAs(ReferralFeed.PersonUnlinked.class).ifPresent(unlinked -> {
                if (usableLink(event, unlinked.mintedPersonId(), unlinked.personId())) {
                    links.unlink(unlinked.mintedPersonId(), unlinked.personId());
                }
            });
            case RecordErased.TYPE -> event.dataAs(RecordErased.class).ifPresent(erased -> forget(event, erased));
            default -> {
                // Other referral events do not concern cases.
            }
        }
    }

    private void forget(CloudEvent event, RecordErased erased) {
        UUID recordId = uuid(erased.recordId());
        if (recordId == null) {
            LOG.warnf("Skipping %s %s: its recordId is not an id", event.type(), event.id());
            return;
        }
        seen.forget(recordId);
        links.forgetReferral(recordId);
    }

    private static UUID uuid(String text) {
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void saw(CloudEvent event, News news, UUID joinCaseId) {
        boolean accepted = SeenReferral.ACCEPTED.equals(news.status());
        if (news.referralId() == null || blank(news.referringAgency()) || blank(news.area())
                || (accepted && blank(news.leadAgency()))) {
            LOG.warnf("Skipping %s %s: it lacks referralId, referringAgency, area%s", event.type(), event.id(),
                    accepted ? " or leadAgency" : "");
            return;
        }
        SeenReferral referral = seen.find(news.referralId()).orElse(null);
        boolean fresh = referral == null;
        if (fresh) {
            referral = new SeenReferral(news.referralId());
        }
        referral.saw(news.status(), news.referringAgency(), news.leadAgency(), news.area(),
                news.concernCategories().stream().filter(Objects::nonNull).toList(), news.people(),
                event.time() == null ? Instant.now() : event.time());
        if (fresh) {
            seen.persist(referral);
        }
        if (accepted) {
            opening.fromReferral(referral, joinCaseId, NAME);
        }
    }

    /** What a submitted or accepted referral says, in the one form the projection keeps. */
    private record News(String status, UUID referralId, String referringAgency, String leadAgency, String area,
            List<String> concernCategories, List<UUID> personIds, List<UUID> childPersonIds, List<ReferralFeed.Child> children,
            List<ReferralFeed.HouseholdMember> household) {

        /**
         * Children first (with the names and date of birth the event gives), then everyone else in {@code personIds}
         * (with the name, date of birth and relationship the event gives, when it does).
         */
        List<SeenReferral.Person> people() {
            Map<UUID, SeenReferral.Person> children = new LinkedHashMap<>();
            this.children.stream().filter(child -> child.personId() != null)
                    .forEach(child -> children.put(child.personId(), new SeenReferral.Person(child.personId(), true,
                            text(child.displayName()), text(child.givenName()), text(child.familyName()), child.dateOfBirth(), null)));
            childPersonIds.stream().filter(Objects::nonNull)
                    .forEach(id -> children.putIfAbsent(id, new SeenReferral.Person(id, true, null, null, null, null, null)));
            Map<UUID, ReferralFeed.HouseholdMember> members = new LinkedHashMap<>();
            household.stream().filter(member -> member.personId() != null).forEach(member -> members.put(member.personId(), member));
            List<SeenReferral.Person> people = new ArrayList<>(children.values());
            personIds.stream().filter(id -> id != null && !children.containsKey(id)).distinct().forEach(id -> {
                ReferralFeed.HouseholdMember member = members.get(id);
                people.add(member == null ? new SeenReferral.Person(id, false, null, null, null, null, null)
                        : new SeenReferral.Person(id, false, null, text(member.givenName()), text(member.familyName()),
                                member.dateOfBirth(), text(member.relationship())));
            });
            return people;
        }
    }

    private static boolean usableLink(CloudEvent event, UUID minted, UUID known) {
        if (minted == null || known == null || minted.equals(known)) {
            LOG.warnf("Skipping %s %s: it lacks mintedPersonId or personId, or they are one id", event.type(), event.id());
            return false;
        }
        return true;
    }

    private static String text(String text) {
        return blank(text) ? null : text.trim();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
