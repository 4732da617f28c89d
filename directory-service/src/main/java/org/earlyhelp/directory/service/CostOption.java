package org.earlyhelp.directory.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "cost_option")
public class CostOption extends PanacheEntityBase {

    @Id
    public UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id")
    public Service service;
    public int position;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "valid_to")
    public LocalDate validTo;
    public String option;
    public BigDecimal amount;
    @Column(name = "amount_description")
    public String amountDescription;

    protected CostOption() {
    }

    CostOption(UUID id, Service service) {
        this.id = id;
        this.service = service;
    }

    void apply(ServiceForm.CostOptionForm form, int position) {
        this.position = position;
        validFrom = form.validFrom();
        validTo = form.validTo();
        option = form.option();
        amount = form.amount();
        amountDescription = form.amountDescription();
    }
}
