package org.earlyhelp.consent.decision;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.platform.web.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
class SharingDecisionRepository implements PanacheRepositoryBase<SharingDecision, UUID> {

    /** Decisions about {@code person} if given; for a limited reader, those about people its agency works with or that it asked. */
    PanacheQuery<SharingDecision> search(UUID person, Optional<String> agency, PageRequest page) {
        StringBuilder where = new StringBuilder("from SharingDecision d where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (person != null) {
            where.append(" and d.personId = :person");
            parameters.put("person", person);
        }
        agency.ifPresent(code -> {
            where.append(" and (d.askedByAgency = :agency or exists (select 1 from Participation p"
                    + " where p.personId = d.personId and p.agency = :agency))");
            parameters.put("agency", code);
        });
        return find(where.append(" order by d.decidedAt desc, d.id").toString(), parameters).page(page.page(), page.size());
    }
}
