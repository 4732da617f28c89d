package org.earlyhelp.consent.dataprotection;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.earlyhelp.cases.contract.CaseFeed;
import org.earlyhelp.platform.events.CloudEvent;
import org.earlyhelp.platform.events.FeedConsumer;

/**
 * Who is a member of an open case, and which agency leads each case, from case-service's feed ({@code open_case_member},
 * {@code case_lead}): a person's erasure is refused while they, or anyone linked to them, are (decision 0062); the lead
 * agency of an open case about a person may read the person's chronology (decision 0065). Followed apart from the
 * participation projection, which keeps an agency's part in a case after it closes.
 */
@ApplicationScoped
public class OpenCases extends FeedConsumer {

    static final String NAME = "case-membership";

    private final EntityManager entityManager;

    OpenCases(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    protected void handle(CloudEvent event) {
        switch (event.type()) {
            case CaseFeed.Opened.TYPE -> event.dataAs(CaseFeed.Opened.class).ifPresent(opened -> {
                join(opened.caseId(), opened.personIds());
                lead(opened.caseId(), opened.leadAgency());
            });
            case CaseFeed.Transferred.TYPE -> event.dataAs(CaseFeed.Transferred.class)
                    .ifPresent(transferred -> lead(transferred.caseId(), transferred.toAgency()));
            case CaseFeed.Reopened.TYPE -> event.dataAs(CaseFeed.Reopened.class)
                    .ifPresent(reopened -> join(reopened.caseId(), reopened.personIds()));
            case CaseFeed.ReferralJoined.TYPE -> event.dataAs(CaseFeed.ReferralJoined.class).ifPresent(joined -> {
                join(joined.caseId(), joined.personIds());
                lead(joined.caseId(), joined.leadAgency());
            });
            case CaseFeed.PersonAdded.TYPE -> event.dataAs(CaseFeed.PersonAdded.class)
                    .ifPresent(added -> join(added.caseId(), added.personId() == null ? List.of() : List.of(added.personId())));
            case CaseFeed.Closed.TYPE -> event.dataAs(CaseFeed.Closed.class).ifPresent(closed -> close(closed.caseId()));
            default -> {
                // Other case events do not change who is a member.
            }
        }
    }

    /** Whether any of {@code ids} (the ids one person is known by) is a member of an open case. */
    boolean anyMember(Set<UUID> ids) {
        return !entityManager.createNativeQuery("SELECT 1 FROM open_case_member WHERE person_id IN (:ids) LIMIT 1", Integer.class)
                .setParameter("ids", ids).getResultList().isEmpty();
    }

    /**
     * Whether {@code agency} leads an open case with any of {@code ids} (the ids one person is known by) in its family.
     * A null agency leads nothing.
     */
    public boolean ledBy(String agency, Set<UUID> ids) {
        return agency != null && !entityManager.createNativeQuery("""
                SELECT 1 FROM open_case_member m JOIN case_lead l ON l.case_id = m.case_id
                WHERE m.person_id IN (:ids) AND l.lead_agency = :agency LIMIT 1""", Integer.class)
                .setParameter("ids", ids).setParameter("agency", agency).getResultList().isEmpty();
    }

    /** Idempotent: the latest lead the feed names is the lead. */
    private void lead(UUID caseId, String agency) {
        if (caseId != null && agency != null && !agency.isBlank()) {
            entityManager.createNativeQuery("""
                    INSERT INTO case_lead (case_id, lead_agency) VALUES (?1, ?2)
                    ON CONFLICT (case_id) DO UPDATE SET lead_agency = excluded.lead_agency""")
                    .setParameter(1, caseId).setParameter(2, agency).executeUpdate();
        }
    }

    private void join(UUID caseId, List<UUID> people) {
        if (caseId == null || people == null) {
            return;
        }
        people.stream().filter(Objects::nonNull).forEach(person -> entityManager.createNativeQuery(
                "INSERT INTO open_case_member (case_id, person_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, caseId).setParameter(2, person).executeUpdate());
    }

    private void close(UUID caseId) {
        if (caseId != null) {
            entityManager.createNativeQuery("DELETE FROM open_case_member WHERE case_id = ?1").setParameter(1, caseId).executeUpdate();
        }
    }
}
