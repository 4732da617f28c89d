package org.earlyhelp.consent.consent;

import java.time.LocalDate;
import java.util.List;

import org.earlyhelp.consent.sharing.ConsentStatus;
import org.earlyhelp.consent.sharing.Period;
import org.earlyhelp.consent.sharing.Provision;

/** What a consent record says, as recorded or amended; checked by {@link Consent}. */
record ConsentContent(String personName, LocalDate personBirthDate, GrantorKind grantorKind, String grantorName,
        ConsentMethod method, ConsentStatus status, Period period, List<Provision> provisions, String evidenceReference) {

    ConsentContent {
        provisions = List.copyOf(provisions);
    }
}
