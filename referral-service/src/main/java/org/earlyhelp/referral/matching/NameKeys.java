package org.earlyhelp.referral.matching;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Search keys for a person's name and postcode. Name tokens are sorted, so "Jayden Whitfield" and
 * "Whitfield Jayden" (first and last swapped) share a key; Double Metaphone codes make
 * "Whitfield" and "Whitfeild" sound alike. Accents are dropped and letters that are not an accented
 * letter in Unicode (Ł, Ø, Đ, ß, Æ, Œ, Þ, dotless ı) are written as the plain letters they are
 * transliterated to, so "Małgorzata" and "Malgorzata" are one name.
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

    /** The surname alone, normalised as {@link #name}: "O'Brien-Smith" → "obrien smith". */
    public static String family(String lastName) {
        return String.join(" ", tokens(null, lastName));
    }

    /** One given name, normalised as {@link #name} ("Małgorzata" → "malgorzata"); empty when there is none. */
    public static String given(String firstName) {
        return String.join(" ", tokens(firstName, null));
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
        String plain = Normalizer.normalize(transliterated(joined), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("['’]", "").replaceAll("[^a-z]+", " ").trim();
        return plain.isEmpty() ? new String[0] : plain.split(" ");
    }

    /** Letters NFD does not split into a plain letter and a mark. */
    private static String transliterated(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char letter = text.charAt(i);
            switch (letter) {
                case 'ł', 'Ł' -> plain.append('l');
                case 'ø', 'Ø' -> plain.append('o');
                case 'đ', 'Đ', 'ð', 'Ð' -> plain.append('d');
                case 'ß' -> plain.append("ss");
                case 'æ', 'Æ' -> plain.append("ae");
                case 'œ', 'Œ' -> plain.append("oe");
                case 'þ', 'Þ' -> plain.append("th");
                case 'ı' -> plain.append('i');
                default -> plain.append(letter);
            }
        }
        return plain.toString();
    }
}
