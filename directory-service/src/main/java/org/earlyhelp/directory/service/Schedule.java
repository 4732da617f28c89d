package org.earlyhelp.directory.service;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** When a service is open (an iCalendar-style recurrence, as ORUK has it). */
@Entity
@Table(name = "schedule")
public class Schedule extends PanacheEntityBase {

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
    public LocalDate dtstart;
    public String freq;
    @Column(name = "interval")
    public Integer interval;
    public String byday;
    public String bymonthday;
    public String description;
    @Column(name = "opens_at")
    public LocalTime opensAt;
    @Column(name = "closes_at")
    public LocalTime closesAt;
    @Column(name = "schedule_link")
    public String scheduleLink;
    @Column(name = "attending_type")
    public String attendingType;
    public String notes;

    protected Schedule() {
    }

    Schedule(UUID id, Service service) {
        this.id = id;
        this.service = service;
    }

    void apply(ServiceForm.ScheduleForm form, int position) {
        this.position = position;
        validFrom = form.validFrom();
        validTo = form.validTo();
        dtstart = form.dtstart();
        freq = form.freq();
        interval = form.interval();
        byday = form.byday();
        bymonthday = form.bymonthday();
        description = form.description();
        opensAt = form.opensAt();
        closesAt = form.closesAt();
        scheduleLink = form.scheduleLink();
        attendingType = form.attendingType();
        notes = form.notes();
    }
}
