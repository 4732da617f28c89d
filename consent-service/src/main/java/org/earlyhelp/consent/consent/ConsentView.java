package org.earlyhelp.consent.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.earlyhelp.consent.sharing.ConsentStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** A consent record as the API shows it; also what each stored version keeps. */
@Schema(name = "Consent", description = "A consent record (version `version`)")
@JsonInclude(JsonInclude.Include.NON_NULL)
// Stored versions are read back with this type: fields it drops later must not make old versions unreadable.
@JsonIgnoreProperties(ignoreUnknown = true)
record ConsentView(
        UUID id,
        @Schema(description = "Goes up by one with every change; the ETag is this number in quotes") int version,
        UUID personId,
        String personName,
        LocalDate personBirthDate,
        GrantorBody grantor,
        ConsentMethod method,
        @Schema(description = "As in force now: a consent whose period has ended is `expired`",
                enumeration = { "active", "refused", "withdrawn", "expired" })
        ConsentStatus status,
        PeriodBody period,
        List<ProvisionBody> provisions,
        String evidenceReference,
        Recorder recordedBy,
        Instant recordedAt,
        Instant updatedAt,
        Ending ended,
        @Schema(description = "Present, true, while the data protection officer restricts processing of the person's data")
        Boolean restricted) {

    @Schema(name = "ConsentRecorder")
    record Recorder(String username, String agency) {
    }

    @Schema(name = "ConsentEnding", description = "When and why a consent was withdrawn or expired")
    record Ending(Instant at, String by, String reason) {
    }

    /** The same, the grantor's name left out: for a subject access export, where a grantor who is not the person is a third party. */
    ConsentView withoutGrantorName() {
        return new ConsentView(id, version, personId, personName, personBirthDate, new GrantorBody(grantor.kind(), null), method,
                status, period, provisions, evidenceReference, recordedBy, recordedAt, updatedAt, ended, restricted);
    }

    static ConsentView of(Consent consent, Instant now) {
        return new ConsentView(consent.id, consent.version, consent.personId, consent.personName, consent.personBirthDate,
                new GrantorBody(GrantorKind.of(consent.grantorKind), consent.grantorName), ConsentMethod.of(consent.method),
                consent.statusAt(now), PeriodBody.of(consent.period()),
                consent.provisions().stream().map(ProvisionBody::of).toList(), consent.evidenceReference,
                new Recorder(consent.recordedByName, consent.recordedByAgency), consent.recordedAt, consent.updatedAt,
                consent.endedAt == null ? null : new Ending(consent.endedAt, consent.endedByName, consent.endReason), null);
    }

    /** The same view of a person whose processing is restricted. */
    ConsentView asRestricted() {
        return new ConsentView(id, version, personId, personName, personBirthDate, grantor, method, status, period, provisions,
                evidenceReference, recordedBy, recordedAt, updatedAt, ended, Boolean.TRUE);
    }
}
