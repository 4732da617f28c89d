package org.earlyhelp.consent.dataprotection;

import org.earlyhelp.platform.test.Tokens;

/** Data protection officers as the tests act as them, shaped like the demo realm's {@code dpo.reid}. */
public final class Officers {

    private Officers() {
    }

    /** Northshire's data protection officer, for the hub's three districts. */
    public static Tokens dpo() {
        return Tokens.user("dpo.reid").agency("northshire-early-help", "local-authority").roles("data-protection-officer");
    }

    /** Northshire Police's own data protection officer: another agency's. */
    public static Tokens policeDpo() {
        return Tokens.user("dpo.police").agency("northshire-police", "police").roles("data-protection-officer");
    }
}
