package org.earlyhelp.cases.opening;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class SeenReferrals implements PanacheRepositoryBase<SeenReferral, UUID> {

    Optional<SeenReferral> find(UUID referralId) {
        return findByIdOptional(referralId);
    }

    /** Drops what was seen of {@code referralId}, its people with it (the referral was erased where it is kept). */
    void forget(UUID referralId) {
        find(referralId).ifPresent(this::delete);
    }

    /** Accepted referrals {@code agency} leads or referred, newest first. */
    List<SeenReferral> acceptedFor(String agency, int page, int size) {
        return find("status = ?1 and (leadAgency = ?2 or referringAgency = ?2)", Sort.descending("seenAt").and("referralId"),
                SeenReferral.ACCEPTED, agency).page(Page.of(page, size)).list();
    }

    long countAcceptedFor(String agency) {
        return count("status = ?1 and (leadAgency = ?2 or referringAgency = ?2)", SeenReferral.ACCEPTED, agency);
    }
}
