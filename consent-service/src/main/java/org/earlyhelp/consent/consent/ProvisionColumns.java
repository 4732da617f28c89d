package org.earlyhelp.consent.consent;

import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.earlyhelp.consent.sharing.DataCategory;
import org.earlyhelp.consent.sharing.Period;
import org.earlyhelp.consent.sharing.Provision;
import org.earlyhelp.consent.sharing.ProvisionType;
import org.earlyhelp.consent.sharing.Purpose;
import org.earlyhelp.consent.sharing.Scope;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** How a {@link Provision} is stored: one row, its sets as PostgreSQL arrays of codes. */
@Embeddable
class ProvisionColumns {

    @Column(nullable = false)
    String type;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    String[] purposes;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "recipient_agencies", nullable = false, columnDefinition = "text[]")
    String[] recipientAgencies;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "recipient_agency_types", nullable = false, columnDefinition = "text[]")
    String[] recipientAgencyTypes;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "data_categories", nullable = false, columnDefinition = "text[]")
    String[] dataCategories;

    @Column(name = "period_start")
    Instant periodStart;

    @Column(name = "period_end")
    Instant periodEnd;

    protected ProvisionColumns() {
    }

    static ProvisionColumns of(Provision provision) {
        ProvisionColumns columns = new ProvisionColumns();
        Scope scope = provision.scope();
        columns.type = provision.type().code();
        columns.purposes = scope.purposes().stream().map(Purpose::code).sorted().toArray(String[]::new);
        columns.recipientAgencies = scope.agencies().stream().sorted().toArray(String[]::new);
        columns.recipientAgencyTypes = scope.agencyTypes().stream().sorted().toArray(String[]::new);
        columns.dataCategories = scope.categories().stream().map(DataCategory::code).sorted().toArray(String[]::new);
        columns.periodStart = provision.period().start();
        columns.periodEnd = provision.period().end();
        return columns;
    }

    Provision toProvision() {
        return new Provision(ProvisionType.of(type),
                new Scope(Arrays.stream(purposes).map(Purpose::of).collect(Collectors.toSet()),
                        Arrays.stream(recipientAgencies).collect(Collectors.toSet()),
                        Arrays.stream(recipientAgencyTypes).collect(Collectors.toSet()),
                        Arrays.stream(dataCategories).map(DataCategory::of).collect(Collectors.toSet())),
                new Period(periodStart, periodEnd));
    }
}
