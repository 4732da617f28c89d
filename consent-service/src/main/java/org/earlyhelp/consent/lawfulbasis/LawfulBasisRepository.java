package org.earlyhelp.consent.lawfulbasis;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class LawfulBasisRepository implements PanacheRepositoryBase<LawfulBasis, UUID> {

    /** Newest first: the sharing rules name the first that covers a share. */
    List<LawfulBasis> forPerson(UUID personId) {
        return list("personId", Sort.descending("recordedAt").and("id"), personId);
    }
}
