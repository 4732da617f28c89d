package org.earlyhelp.cases.opening;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.platform.events.CloudEvent;
import org.earlyhelp.platform.events.FeedConsumer;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Follows referral-service's feed. {@code referral.submitted} and {@code referral.accepted} keep
 * the projection of referrals this service has seen; {@code referral.accepted} also opens the case,
 * once per referral: the platform acts on each event id once, and a referral already on a case
 * (another delivery of the same news under a new event id, or a case opened by hand) is not
 * opened again. An event missing what it needs is logged and skipped, since retrying cannot mend it.
 */
@ApplicationScoped
class ReferralEvents extends FeedConsumer {

    static final String NAME = "referral-events";
    private static final Logger LOG = Logger.getLogger(ReferralEvents.class);

    private final CaseOpening opening;
    private final SeenReferrals seen;

    ReferralEvents(CaseOpening opening, SeenReferrals seen) {
        this.opening = opening;
        this.seen = seen;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    protected void handle(CloudEvent event) {
        boolean accepted = "referral.accepted".equals(event.type());
        if (!accepted && !"referral.submitted".equals(event.type())) {
            return;
        }
        JsonNode data = event.data() == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : event.data();
        UUID referralId = uuid(data.path("referralId"));
        String referringAgency = text(data.path("referringAgency"));
        String leadAgency = text(data.path("leadAgency"));
        String area = text(data.path("area"));
        if (referralId == null || referringAgency == null || area == null || (accepted && leadAgency == null)) {
            LOG.warnf("Skipping %s %s: it lacks referralId, referringAgency, area%s", event.type(), event.id(),
                    accepted ? " or leadAgency" : "");
            return;
        }
        SeenReferral referral = seen.find(referralId).orElse(null);
        boolean fresh = referral == null;
        if (fresh) {
            referral = new SeenReferral(referralId);
        }
        referral.saw(accepted ? SeenReferral.ACCEPTED : SeenReferral.SUBMITTED, referringAgency, leadAgency, area,
                texts(data.path("concernCategories")), people(data), event.time() == null ? Instant.now() : event.time());
        if (fresh) {
            seen.persist(referral);
        }
        if (accepted) {
            opening.fromReferral(referral, NAME);
        }
    }

    /** Children first (with the display name the event gives), then everyone else in {@code personIds}. */
    private static List<SeenReferral.Person> people(JsonNode data) {
        Map<UUID, String> names = new java.util.LinkedHashMap<>();
        data.path("children").forEach(child -> {
            UUID id = uuid(child.path("personId"));
            if (id != null) {
                names.put(id, text(child.path("displayName")));
            }
        });
        Set<UUID> children = new LinkedHashSet<>(names.keySet());
        data.path("childPersonIds").forEach(id -> {
            UUID parsed = uuid(id);
            if (parsed != null) {
                children.add(parsed);
            }
        });
        List<SeenReferral.Person> people = new ArrayList<>();
        children.forEach(child -> people.add(new SeenReferral.Person(child, true, names.get(child))));
        data.path("personIds").forEach(id -> {
            UUID parsed = uuid(id);
            if (parsed != null && !children.contains(parsed)) {
                people.add(new SeenReferral.Person(parsed, false, null));
            }
        });
        return people;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> {
            if (item.isTextual()) {
                values.add(item.asText());
            }
        });
        return values;
    }

    private static String text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
    }

    private static UUID uuid(JsonNode node) {
        try {
            return node.isTextual() ? UUID.fromString(node.asText()) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
