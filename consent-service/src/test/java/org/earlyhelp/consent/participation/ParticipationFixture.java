package org.earlyhelp.consent.participation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.platform.events.CloudEvent;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Tells the participation projection what referral-service and case-service would publish, by
 * handing the real consumers the events they would read from the feeds.
 */
@ApplicationScoped
public class ParticipationFixture {

    /** The district the tests' referrals are made in, unless a test says otherwise. */
    public static final String AREA = "eastmere";

    private final ReferralEvents referralEvents;
    private final CaseEvents caseEvents;
    private final ObjectMapper json = new ObjectMapper();

    ParticipationFixture(ReferralEvents referralEvents, CaseEvents caseEvents) {
        this.referralEvents = referralEvents;
        this.caseEvents = caseEvents;
    }

    /** {@code agency} referred {@code person} in {@link #AREA}: it takes part from now on, and the hub of the area reaches the person. */
    public UUID referralSubmitted(UUID person, String agency) {
        return referralSubmitted(person, agency, AREA);
    }

    public UUID referralSubmitted(UUID person, String agency, String area) {
        UUID referral = UUID.randomUUID();
        referral("referral.submitted", Map.of("referralId", referral.toString(), "personIds", List.of(person.toString()),
                "referringAgency", agency, "area", area));
        return referral;
    }

    /** Triage confirmed that {@code minted} (first seen on {@code referral}) is the person known as {@code known}. */
    public void personLinked(UUID referral, String referringAgency, UUID minted, UUID known) {
        referral("referral.person-linked", Map.of("referralId", referral.toString(), "referringAgency", referringAgency,
                "mintedPersonId", minted.toString(), "personId", known.toString(), "personIds", List.of(known.toString())));
    }

    /** Triage undid the match: {@code minted} is a person of their own again. */
    public void personUnlinked(UUID referral, String referringAgency, UUID minted, UUID known) {
        referral("referral.person-unlinked", Map.of("referralId", referral.toString(), "referringAgency", referringAgency,
                "mintedPersonId", minted.toString(), "personId", known.toString(), "personIds", List.of(minted.toString())));
    }

    public UUID onwardReferralSent(UUID person, String receivingAgency) {
        UUID onward = UUID.randomUUID();
        referral("onward-referral.sent", Map.of("onwardReferralId", onward.toString(), "referralId", UUID.randomUUID().toString(),
                "receivingAgency", receivingAgency, "personIds", List.of(person.toString()), "status", "sent"));
        return onward;
    }

    /** A case about {@code person} opened with {@code leadAgency} as lead. */
    public UUID caseOpened(UUID person, String leadAgency) {
        UUID caseId = UUID.randomUUID();
        cases("case.opened", Map.of("caseId", caseId.toString(), "personIds", List.of(person.toString()),
                "leadAgency", leadAgency, "area", AREA));
        return caseId;
    }

    public void caseMemberAdded(UUID caseId, UUID person, String agency) {
        cases("case.member-added", Map.of("caseId", caseId.toString(), "personIds", List.of(person.toString()), "agency", agency));
    }

    public void caseMemberRemoved(UUID caseId, UUID person, String agency) {
        cases("case.member-removed", Map.of("caseId", caseId.toString(), "personIds", List.of(person.toString()), "agency", agency));
    }

    /** A family member added to a case by hand. */
    public void casePersonAdded(UUID caseId, UUID person) {
        cases("case.person-added", Map.of("caseId", caseId.toString(), "personId", person.toString(),
                "givenName", "Rosie", "familyName", "Carter", "personIds", List.of(person.toString())));
    }

    /** referral-service erased a referral (or onward referral) of its own: {@code record.erased} on its feed. */
    public void referralErased(UUID record, String recordType, UUID... people) {
        referral("record.erased", erased(record, recordType, people));
    }

    /** case-service erased a case: {@code record.erased} on its feed. */
    public void caseErased(UUID caseId, UUID... people) {
        cases("record.erased", erased(caseId, "early-help-case", people));
    }

    private static Map<String, Object> erased(UUID record, String recordType, UUID... people) {
        return Map.of("recordType", recordType, "recordId", record.toString(),
                "personIds", java.util.Arrays.stream(people).map(UUID::toString).toList(), "cause", "retention");
    }

    private void referral(String type, Map<String, Object> data) {
        QuarkusTransaction.requiringNew().run(() -> referralEvents.handle(event(type, data)));
    }

    private void cases(String type, Map<String, Object> data) {
        QuarkusTransaction.requiringNew().run(() -> caseEvents.handle(event(type, data)));
    }

    private CloudEvent event(String type, Map<String, Object> data) {
        return new CloudEvent("1.0", UUID.randomUUID().toString(), "/early-help/test", type, null, Instant.now(),
                "application/json", json.valueToTree(data), "1");
    }
}
