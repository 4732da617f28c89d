package org.earlyhelp.cases.team;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.earlyhelp.cases.casefile.Case;
import org.earlyhelp.cases.casefile.CaseContent;
import org.earlyhelp.consent.client.DataCategory;
import org.earlyhelp.platform.change.Actor;
import org.earlyhelp.platform.change.IllegalTransition;
import org.earlyhelp.platform.crypto.Sealed;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An agency (and, if named, its practitioner) in the team around the family, with its role.
 * While active, the agency sees the case, its content of the {@link #dataCategories()} consent-service
 * permitted. {@link #bases()} keeps, per family member, the sharing
 * decision the membership rests on, so a withdrawn consent finds the members relying on it.
 * Ended memberships stay, inactive, as the team's history. {@link Team} holds the rules for
 * joining and leaving.
 */
@Entity
@Table(name = "team_member")
public class TeamMember {

    /** The role of the agency that held the lead before a transfer and stays on the team. */
    public static final String PREVIOUS_LEAD = "previous-lead";

    @Id
    UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    Case parent;
    String agency;
    @Column(name = "agency_type")
    String agencyType;
    @Column(name = "practitioner_name")
    String practitionerName;
    String role;
    boolean active;
    @Column(name = "joined_at")
    Instant joinedAt;
    @Column(name = "added_by")
    String addedBy;
    @Column(name = "left_at")
    Instant leftAt;
    @Convert(converter = Sealed.class)
    @Column(name = "left_reason")
    String leftReason;
    @Column(name = "ended_by")
    String endedBy;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "data_categories")
    List<String> dataCategories = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "team_member_basis", joinColumns = @JoinColumn(name = "member_id"))
    List<SharingBasis> bases = new ArrayList<>();

    protected TeamMember() {
    }

    TeamMember(Case parent, String agency, String agencyType, String practitionerName, String role, Set<DataCategory> dataCategories,
            List<SharingBasis> bases, Actor by, Instant now) {
        this.id = UUID.randomUUID();
        this.parent = parent;
        this.agency = agency;
        this.agencyType = agencyType;
        this.practitionerName = practitionerName;
        this.role = role;
        this.dataCategories.addAll(CaseContent.codes(dataCategories));
        this.bases.addAll(bases);
        this.active = true;
        this.joinedAt = now;
        this.addedBy = by.name();
    }

    void end(String reason, Actor by, Instant now) {
        if (!active) {
            throw new IllegalTransition("This member already left the team");
        }
        active = false;
        leftAt = now;
        leftReason = reason;
        endedBy = by.name();
    }

    /** A fresh sharing decision now carries the membership for {@code personId}. */
    void rebase(SharingBasis basis) {
        bases.removeIf(existing -> existing.personId().equals(basis.personId()));
        bases.add(basis);
    }

    /** The member now sees only {@code kept} of the categories it saw (a consent changed); {@code kept} is not empty. */
    void narrow(Set<DataCategory> kept) {
        dataCategories = new ArrayList<>(CaseContent.codes(kept));
    }

    public UUID id() { return id; }
    public Case parent() { return parent; }
    public String agency() { return agency; }
    public String agencyType() { return agencyType; }
    public String practitionerName() { return practitionerName; }
    public String role() { return role; }
    public boolean active() { return active; }
    public Instant joinedAt() { return joinedAt; }
    public String addedBy() { return addedBy; }
    public Instant leftAt() { return leftAt; }
    public String leftReason() { return leftReason; }
    /** The data categories of case content the member sees (decision 0057). */
    public Set<DataCategory> dataCategories() { return CaseContent.categories(dataCategories); }
    public List<SharingBasis> bases() { return Collections.unmodifiableList(bases); }

    public Optional<SharingBasis> basisFor(UUID personId) {
        return bases.stream().filter(basis -> basis.personId().equals(personId)).findFirst();
    }
}
