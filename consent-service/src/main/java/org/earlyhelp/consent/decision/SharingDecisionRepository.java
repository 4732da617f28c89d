package org.earlyhelp.consent.decision;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
class SharingDecisionRepository implements PanacheRepositoryBase<SharingDecision, UUID> {
}
