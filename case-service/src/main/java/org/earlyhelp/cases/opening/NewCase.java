package org.earlyhelp.cases.opening;

import static org.earlyhelp.platform.agency.Registered.Register.AREA;

import org.earlyhelp.platform.agency.Registered;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.earlyhelp.cases.casefile.NewPerson;
import org.earlyhelp.cases.plan.NeedCategory;

/**
 * A case opened by hand by a case lead, who becomes its lead practitioner (their agency leads):
 * linking accepted referrals their agency leads or referred, and/or naming family members and
 * needs directly. {@code area} may be left out when a referral gives it.
 */
public record NewCase(
        @Size(max = 20) List<@NotNull UUID> referralIds,
        @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,62}", message = "must be a district code") @Registered(AREA) String area,
        @Size(max = 20) List<@Valid @NotNull NewPerson> people,
        @Size(max = 10) List<@NotNull NeedCategory> needs) {

    public NewCase {
        referralIds = referralIds == null ? List.of() : referralIds;
        people = people == null ? List.of() : people;
        needs = needs == null ? List.of() : needs;
    }
}
