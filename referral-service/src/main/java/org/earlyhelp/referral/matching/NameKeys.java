package org.earlyhelp.referral.matching;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Search keys for a person's name and postcode. Name tokens are sorted, so "Jayden Whitfield" and
 * "Whitfield Jayden" (first and last swapped) share a key; Double Metaphone codes make
 * "Whitfield" and "Whitfeild" sound alike.
 */
public final class NameKeys {

    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

    private NameKeys() {
    }

    /** Lower case, accents and punctuation removed, tokens sorted: "O'Brien-Smith, Zoë" → "obrien smith zoe". */
    public static String name(String firstName, String lastName) {
        return Arrays.stream(tokens(firstName, lastName)).sorted().collect(Collectors.joining(" "));
    }

    /** Each token's primary Double Metaphone code, sorted. */
    public static String phonetic(String firstName, String lastName) {
        return Arrays.stream(tokens(firstName, lastName)).map(METAPHONE::doubleMetaphone).filter(code -> !code.isEmpty())
                .sorted().collect(Collectors.joining(" "));
    }

    /** Upper case without spaces: "em1 4ab" → "EM14AB"; null stays null. */
    public static String postcode(String postcode) {
        return postcode == null ? null : postcode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    /** The outward code (district) of a normalised postcode: "EM14AB" → "EM1". */
    public static String district(String postcodeKey) {
        return postcodeKey == null || postcodeKey.length() < 5 ? postcodeKey : postcodeKey.substring(0, postcodeKey.length() - 3);
    }

    static String[] tokens(String firstName, String lastName) {
        String joined = (firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName);
        String plain = Normalizer.normalize(joined, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("['’]", "").replaceAll("[^a-z]+", " ").trim();
        return plain.isEmpty() ? new String[0] : plain.split(" ");
    }
}
