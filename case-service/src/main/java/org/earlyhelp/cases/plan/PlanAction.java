package org.earlyhelp.cases.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.earlyhelp.cases.casefile.Case;
import org.earlyhelp.platform.change.Actor;
import org.earlyhelp.platform.change.IllegalTransition;
import org.earlyhelp.platform.crypto.Sealed;

/** One action of the family plan: what, which agency owns it, by when, and where it stands. */
@Entity
@Table(name = "plan_action")
public class PlanAction {

    @Id
    UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    Case parent;
    @Convert(converter = Sealed.class)
    String description;
    @Column(name = "owner_agency")
    String ownerAgency;
    @Column(name = "due_date")
    LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    ActionStatus status;
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "created_by")
    String createdBy;
    @Column(name = "updated_at")
    Instant updatedAt;

    protected PlanAction() {
    }

    PlanAction(Case parent, String description, String ownerAgency, LocalDate dueDate, Actor by, Instant now) {
        this.id = UUID.randomUUID();
        this.parent = parent;
        this.description = description;
        this.ownerAgency = ownerAgency;
        this.dueDate = dueDate;
        this.status = ActionStatus.PLANNED;
        this.createdAt = now;
        this.createdBy = by.name();
        this.updatedAt = now;
    }

    void moveTo(ActionStatus next, Instant now) {
        if (!status.mayMoveTo(next)) {
            throw new IllegalTransition("This action is " + status.value() + ", so it cannot become " + next.value());
        }
        status = next;
        updatedAt = now;
    }

    /** Still open after its due date. */
    public boolean overdue(LocalDate today) {
        return status.open() && dueDate.isBefore(today);
    }

    public UUID id() { return id; }
    public Case parent() { return parent; }
    public String description() { return description; }
    public String ownerAgency() { return ownerAgency; }
    public LocalDate dueDate() { return dueDate; }
    public ActionStatus status() { return status; }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
    public Instant updatedAt() { return updatedAt; }
}
