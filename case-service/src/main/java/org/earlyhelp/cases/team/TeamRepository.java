package org.earlyhelp.cases.team;

import java.util.ArrayList;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.cases.casefile.Case;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The teams around the families: each case's members, stored beside the case. */
@ApplicationScoped
public class TeamRepository implements PanacheRepositoryBase<TeamMember, UUID> {

    /** The team of {@code kase}, past members included, in the order they joined; new members are stored here. */
    public Team of(Case kase) {
        return new Team(kase, new ArrayList<>(list("parent.id = ?1 order by joinedAt, id", kase.id())), this::persist);
    }
}
