package org.earlyhelp.referral.referral;

import java.util.List;

/**
 * Fired (CDI, synchronously, in the correcting transaction) once the names, date of birth or postcode of {@code people}
 * on {@code referral} were corrected and their matching keys follow: by the referrer's amendment (decision 0063) or a
 * data protection officer's rectification (decision 0062). "Known to services" searches again for them and shows the
 * corrected names where they are another referral's candidate; the cumulative-concern rule is checked again and alerts
 * about them show the corrected name. Neither this package nor the correcting one knows who follows.
 */
public record IdentitiesCorrected(Referral referral, List<ReferralPerson> people) {
}
