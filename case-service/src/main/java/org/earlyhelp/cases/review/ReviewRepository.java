package org.earlyhelp.cases.review;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.cases.casefile.Case;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The reviews of the cases' plans, stored beside each case. */
@ApplicationScoped
class ReviewRepository implements PanacheRepositoryBase<Review, UUID> {

    /** Whether a review of {@code kase} on record was held after {@code day}. */
    boolean heldAfter(Case kase, LocalDate day) {
        return count("parent.id = ?1 and heldOn > ?2", kase.id(), day) > 0;
    }

    long onCase(Case kase) {
        return count("parent.id = ?1", kase.id());
    }
}
