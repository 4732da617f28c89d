package org.earlyhelp.cases.casefile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The case's read of who takes part in it: an agency's membership of the team around the family, as
 * the team feature writes it ({@code team_member}). The case never writes it; it reads it for the
 * rules that are the root's: who sees the case ({@link CaseVisibility}), who works it
 * ({@link CaseAccess}), who hears its events ({@link CaseEvents}), and what content a member reads
 * ({@link CaseContent}).
 */
@Entity
@Immutable
@Table(name = "team_member")
public class Participation {

    @Id
    UUID id;
    @Column(name = "case_id")
    UUID caseId;
    String agency;
    boolean active;
    @Column(name = "joined_at")
    Instant joinedAt;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "data_categories")
    List<String> dataCategories = new ArrayList<>();

    protected Participation() {
    }
}
