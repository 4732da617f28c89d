package org.earlyhelp.platform.access;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.earlyhelp.platform.identity.Caller;

/** A toy record for the access tests: its agency's working roles and the hub of its area see it. */
@Entity
@Table(name = "toy_case")
public class ToyCase {

    static final Visibility<ToyCase> VISIBILITY = new Visibility<>() {
        @Override
        public Class<ToyCase> type() {
            return ToyCase.class;
        }

        @Override
        public String resource() {
            return "toy-case";
        }

        @Override
        public Condition visibleTo(Caller caller) {
            Reach reach = Reach.of(caller);
            return Condition.of("r.agency = :agency or r.area in :areas",
                    Map.of("agency", reach.agencyOrNone(), "areas", reach.hubAreasOrNone()));
        }

        @Override
        public Collection<UUID> people(ToyCase record) {
            return List.of(record.personId);
        }
    };

    @Id
    UUID id;

    @Column(nullable = false)
    String agency;

    @Column(nullable = false)
    String area;

    @Column(name = "person_id", nullable = false)
    UUID personId;

    static ToyCase of(String agency, String area) {
        ToyCase toy = new ToyCase();
        toy.id = UUID.randomUUID();
        toy.agency = agency;
        toy.area = area;
        toy.personId = UUID.randomUUID();
        return toy;
    }
}
