package org.earlyhelp.consent.lawfulbasis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.platform.web.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class LawfulBasisRepository implements PanacheRepositoryBase<LawfulBasis, UUID> {

    /** Newest first: the sharing rules name the first that covers a share. */
    List<LawfulBasis> forPerson(UUID personId) {
        return list("personId", Sort.descending("recordedAt").and("id"), personId);
    }

    PanacheQuery<LawfulBasis> search(UUID person, String recordedByAgency, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (person != null) {
            where.append(" and personId = :person");
            parameters.put("person", person);
        }
        if (recordedByAgency != null) {
            where.append(" and recordedByAgency = :agency");
            parameters.put("agency", recordedByAgency);
        }
        return find(where.toString(), Sort.descending("recordedAt").and("id"), parameters).page(page.page(), page.size());
    }
}
