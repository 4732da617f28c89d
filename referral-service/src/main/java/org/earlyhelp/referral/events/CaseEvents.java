package org.earlyhelp.referral.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.platform.audit.AuditAction;
import org.earlyhelp.platform.audit.AuditEntry;
import org.earlyhelp.platform.audit.AuditTrail;
import org.earlyhelp.platform.events.CloudEvent;
import org.earlyhelp.platform.events.FeedConsumer;
import org.earlyhelp.referral.referral.Actor;
import org.earlyhelp.referral.referral.Referral;
import org.earlyhelp.referral.referral.ReferralEvents;
import org.earlyhelp.referral.referral.ReferralRepository;
import org.earlyhelp.referral.referral.ReferralStatus;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Follows case-service's feed: when a case opened from a referral closes ({@code case.closed}),
 * the outcome is recorded on the referral and {@code referral.closed} published. Reads the event
 * leniently (see {@code EVENTS.md}); an event naming no referral of ours is skipped, not retried,
 * so one odd event never stops the consumer.
 */
@ApplicationScoped
class CaseEvents extends FeedConsumer {

    static final String NAME = "case-events";
    private static final Logger LOG = Logger.getLogger(CaseEvents.class);

    private final ReferralRepository referrals;
    private final ReferralEvents events;
    private final AuditTrail audit;

    CaseEvents(ReferralRepository referrals, ReferralEvents events, AuditTrail audit) {
        this.referrals = referrals;
        this.events = events;
        this.audit = audit;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    protected void handle(CloudEvent event) {
        if (!"case.closed".equals(event.type()) || event.data() == null) {
            return;
        }
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

    private static UUID uuid(String text) {
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
