package org.earlyhelp.consent.consent;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.earlyhelp.consent.sharing.ConsentStatus;
import org.earlyhelp.consent.sharing.Period;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A consent as recorded (POST) or amended (PUT, the whole record: it becomes the next version). */
@Schema(name = "ConsentRecord", description = "What a consent record says; on PUT, the whole next version")
record ConsentBody(
        @Schema(required = true, description = "The platform person id of the person it concerns")
        @NotNull UUID personId,
        @Schema(required = true, examples = "Riley Carter") @NotBlank @Size(max = 200) String personName,
        @Schema(description = "Absent for an unborn child") @PastOrPresent LocalDate personBirthDate,
        @Schema(required = true) @NotNull @Valid GrantorBody grantor,
        @Schema(required = true, enumeration = { "verbal", "written", "digital" }) @NotNull ConsentMethod method,
        @Schema(required = true, enumeration = { "active", "refused" },
                description = "`active` if given, `refused` if refused (its provisions then say what was refused, as deny)")
        @NotNull ConsentStatus status,
        @Valid PeriodBody period,
        @Schema(required = true) @NotEmpty @Size(max = 20) List<@NotNull @Valid ProvisionBody> provisions,
        @Schema(description = "Where the evidence is kept, e.g. a signed form's document reference", examples = "DOC-2026-0042")
        @Size(max = 500) String evidenceReference) {

    ConsentContent toContent() {
        return new ConsentContent(personName, personBirthDate, grantor.kind(), grantor.name(), method, status,
                period == null ? Period.ALWAYS : period.toPeriod(),
                provisions.stream().map(ProvisionBody::toProvision).toList(), evidenceReference);
    }
}
