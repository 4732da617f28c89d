package org.earlyhelp.cases.alert;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
class AlertRepository implements PanacheRepositoryBase<CaseAlert, UUID> {
}
