package org.earlyhelp.consent.lawfulbasis;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class LawfulBasisRepository implements PanacheRepositoryBase<LawfulBasis, UUID> {

    /** Newest first: the sharing rules name the first that covers a share. */
    List<LawfulBasis> forPeople(Collection<UUID> personIds) {
        return list("personId in ?1", Sort.descending("recordedAt").and("id"), personIds);
    }
}
