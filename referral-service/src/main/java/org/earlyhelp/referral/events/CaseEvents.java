package org.earlyhelp.referral.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.earlyhelp.platform.audit.AuditAction;
import org.earlyhelp.platform.audit.AuditEntry;
import org.earlyhelp.platform.audit.AuditTrail;
import org.earlyhelp.platform.events.CloudEvent;
import org.earlyhelp.platform.events.FeedConsumer;
import org.earlyhelp.referral.matching.NameKeys;
import org.earlyhelp.platform.change.Actor;
import org.earlyhelp.referral.referral.Referral;
import org.earlyhelp.referral.referral.ReferralEvents;
import org.earlyhelp.referral.referral.ReferralRepository;
import org.earlyhelp.referral.referral.ReferralStatus;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Follows case-service's feed: when a case opened from a referral closes ({@code case.closed}),
 * the outcome is recorded on the referral and {@code referral.closed} published; a family member
 * added to a case by hand ({@code case.person-added}) becomes someone "known to services" that
 * matching finds. Reads events leniently (see {@code EVENTS.md}); an event naming no referral of
 * ours, or no usable person, is skipped, not retried, so one odd event never stops the consumer.
 */
@ApplicationScoped
class CaseEvents extends FeedConsumer {

    static final String NAME = "case-events";
    private static final Logger LOG = Logger.getLogger(CaseEvents.class);

    private final ReferralRepository referrals;
    private final ReferralEvents events;
    private final AuditTrail audit;

    private final EntityManager entities;

    CaseEvents(ReferralRepository referrals, ReferralEvents events, AuditTrail audit, EntityManager entities) {
        this.referrals = referrals;
        this.events = events;
        this.audit = audit;
        this.entities = entities;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    protected void handle(CloudEvent event) {
        if (event.data() == null) {
            return;
        }
        switch (event.type()) {
            case "case.closed" -> caseClosed(event);
            case "case.person-added" -> personAdded(event);
            default -> { }
        }
    }

    /**
     * {@code personId}, {@code givenName}/{@code firstName}, {@code familyName}/{@code lastName}, optional
     * {@code dateOfBirth} and {@code postcode}: kept with the same search keys as people on referrals.
     */
    private void personAdded(CloudEvent event) {
        JsonNode data = event.data();
        UUID personId = uuid(data.path("personId").asText(null));
        UUID caseId = uuid(data.path("caseId").asText(null));
        String first = text(data, "givenName", "firstName");
        String last = text(data, "familyName", "lastName");
        LocalDate born = date(data.path("dateOfBirth").asText(null));
        if (personId == null || caseId == null || last == null) {
            LOG.infof("Skipping %s %s: no person id, case id or family name", event.type(), event.id());
            return;
        }
        String postcode = NameKeys.postcode(text(data, "postcode", "postalCode"));
        entities.createNativeQuery("""
                INSERT INTO case_person (person_id, case_id, first_name, last_name, date_of_birth, postcode_key, name_key,
                                         phonetic_key, added_at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                ON CONFLICT (person_id) DO UPDATE SET first_name = excluded.first_name, last_name = excluded.last_name,
                    date_of_birth = excluded.date_of_birth, postcode_key = excluded.postcode_key,
                    name_key = excluded.name_key, phonetic_key = excluded.phonetic_key""")
                .setParameter(1, personId).setParameter(2, caseId).setParameter(3, first).setParameter(4, last)
                .setParameter(5, born).setParameter(6, postcode).setParameter(7, NameKeys.name(first, last))
                .setParameter(8, NameKeys.phonetic(first, last))
                .setParameter(9, event.time() == null ? Instant.now() : event.time()).executeUpdate();
        audit.record(AuditEntry.system(NAME).action(AuditAction.CREATE).resource("case-person", personId).person(personId)
                .purpose("known-to-services").build());
    }

    private void caseClosed(CloudEvent event) {
        JsonNode data = event.data();
        UUID caseId = uuid(data.path("caseId").asText(null));
        String outcome = outcome(data);
        Instant at = event.time() == null ? Instant.now() : event.time();
        for (UUID referralId : referralIds(data)) {
            Referral referral = referrals.find(referralId).orElse(null);
            if (referral == null || referral.status() != ReferralStatus.ACCEPTED || referral.closedAt() != null) {
                LOG.infof("Skipping %s %s for referral %s: not an accepted referral with an open case here", event.type(),
                        event.id(), referralId);
                continue;
            }
            referral.recordCaseClosed(caseId, outcome, Actor.system(NAME), at);
            events.closed(referral, "case-closed");
            audit.record(AuditEntry.system(NAME).action(AuditAction.UPDATE).resource("referral", referral.id())
                    .people(referral.personIds()).purpose("case-outcome").build());
        }
    }

    /** {@code referralIds} (array) or {@code referralId}. */
    private static List<UUID> referralIds(JsonNode data) {
        List<UUID> ids = new ArrayList<>();
        data.path("referralIds").forEach(id -> {
            UUID parsed = uuid(id.asText(null));
            if (parsed != null) {
                ids.add(parsed);
            }
        });
        UUID single = uuid(data.path("referralId").asText(null));
        if (single != null && !ids.contains(single)) {
            ids.add(single);
        }
        return ids;
    }

    /** {@code outcome}, or the outcomes per need joined ({@code outcomes}: array of text or of {@code {need, outcome}}). */
    private static String outcome(JsonNode data) {
        if (data.path("outcome").isTextual()) {
            return data.path("outcome").asText();
        }
        List<String> outcomes = new ArrayList<>();
        data.path("outcomes").forEach(item -> outcomes.add(item.isTextual() ? item.asText()
                : item.path("need").asText("need") + ": " + item.path("outcome").asText("unknown")));
        return outcomes.isEmpty() ? "unknown" : String.join("; ", outcomes);
    }

    private static String text(JsonNode data, String name, String otherName) {
        String value = data.path(name).asText(data.path(otherName).asText(null));
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static UUID uuid(String text) {
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
