package org.earlyhelp.referral.chronology;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.earlyhelp.platform.access.Condition;
import org.earlyhelp.platform.chronology.ChronologyEntry;
import org.earlyhelp.platform.chronology.ChronologySource;
import org.earlyhelp.platform.identity.Caller;
import org.earlyhelp.referral.dataprotection.PersonLinks;
import org.earlyhelp.referral.referral.HistoryEntry;
import org.earlyhelp.referral.referral.NewReferral;
import org.earlyhelp.referral.referral.Referral;
import org.earlyhelp.referral.referral.ReferralService;
import org.earlyhelp.referral.referral.ReferralVisibility;

/**
 * The referrals about a person that the caller may see (the referral's own rule, {@link ReferralVisibility#SEEN}: the
 * referrer's and, once accepted, the lead's working roles, the hub of the area), each line of their history an entry:
 * who referred and with which concerns, then every status change and decision with who made it and why. An escalation
 * is the referral's {@code escalated} line.
 */
@ApplicationScoped
class ReferralsInTime implements ChronologySource {

    static final String CONTEXT = "referral";

    private final EntityManager entities;
    private final PersonLinks links;
    private final ReferralService referrals;

    ReferralsInTime(EntityManager entities, PersonLinks links, ReferralService referrals) {
        this.entities = entities;
        this.links = links;
        this.referrals = referrals;
    }

    @Override
    @Transactional
    public List<ChronologyEntry> entriesAbout(UUID personId, Caller caller) {
        Set<UUID> people = links.of(personId);
        Condition seen = ReferralVisibility.SEEN.visibleTo(caller);
        var query = entities.createQuery("select r from Referral r where r.id in (select p.referral.id from ReferralPerson p"
                + " where p.personId in :people) and (" + seen.jpql() + ")", Referral.class).setParameter("people", people);
        seen.parameters().forEach(query::setParameter);
        List<ChronologyEntry> entries = new ArrayList<>();
        for (Referral referral : query.getResultList()) {
            NewReferral body = referrals.body(referral);
            referral.history().forEach(line -> entries.add(entry(referral, body, line)));
        }
        return entries;
    }

    private static ChronologyEntry entry(Referral referral, NewReferral body, HistoryEntry line) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("area", referral.area());
        details.put("status", line.toStatus() == null ? null : line.toStatus().value());
        String summary;
        if (line.action().equals("submitted")) {
            details.put("referringAgency", referral.referringAgency());
            details.put("urgency", referral.urgency().value());
            details.put("immediateRisk", referral.immediateRisk());
            details.put("concerns", body.concerns());
            summary = "Referred by " + referral.referringAgency() + " (" + referral.urgency().value() + "): "
                    + String.join(", ", body.concerns().stream().map(concern -> concern.category().value()).distinct().toList());
        } else {
            details.put("reason", line.reason());
            details.put("detail", line.detail());
            if (line.action().equals("accepted")) {
                details.put("leadAgency", referral.leadAgency());
            }
            summary = "Referral " + line.action() + (line.reason() == null ? "" : ": " + line.reason());
        }
        return new ChronologyEntry(line.at(), CONTEXT, "referral." + line.action(), "referral", referral.id().toString(),
                line.actorAgency(), line.actorName(), summary, details);
    }
}
