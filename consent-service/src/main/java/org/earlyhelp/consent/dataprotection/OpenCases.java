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
 * Who is a member of an open case, from case-service's feed ({@code open_case_member}): a person's erasure is refused
 * while they, or anyone linked to them, are (decision 0062). Followed apart from the participation projection, which
 * keeps an agency's part in a case after it closes.
 */
@ApplicationScoped
class OpenCases extends FeedConsumer {

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
            case CaseFeed.Opened.TYPE -> event.dataAs(CaseFeed.Opened.class).ifPresent(opened -> join(opened.caseId(), opened.personIds()));
            case CaseFeed.Reopened.TYPE -> event.dataAs(CaseFeed.Reopened.class)
                    .ifPresent(reopened -> join(reopened.caseId(), reopened.personIds()));
            case CaseFeed.ReferralJoined.TYPE -> event.dataAs(CaseFeed.ReferralJoined.class)
                    .ifPresent(joined -> join(joined.caseId(), joined.personIds()));
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
