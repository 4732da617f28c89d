package org.earlyhelp.referral.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Given names that are the same person's name written another way: a nickname or diminutive (William and Bill,
 * Margaret and Peggy, Oluwaseun and Seun, Małgorzata and Gosia) or an Irish or Gaelic name spelled as it sounds
 * (Siobhan and Shivaun, Niamh and Neeve). Two lists on the class path, each line a name and then its variants:
 * {@code names/nicknames.csv}, the carltonnorthern "nicknames" list (Apache-2.0, see {@code names/README.md}), and
 * {@code names/given-name-variants.csv}, kept by hand for the names the first list lacks. A name is related to
 * each name on its own line, not to the names of other lines (Bill → William, William → Will, but not Bill → Will
 * unless a line says so).
 */
final class GivenNames {

    private static final Map<String, Set<String>> VARIANTS = load("names/nicknames.csv", "names/given-name-variants.csv");

    private GivenNames() {
    }

    /** Whether {@code a} and {@code b} (as written) are different forms of one given name. */
    static boolean variants(String a, String b) {
        String one = NameKeys.given(a);
        String other = NameKeys.given(b);
        if (one.isEmpty() || other.isEmpty() || one.equals(other)) {
            return false;
        }
        return VARIANTS.getOrDefault(one, Set.of()).contains(other);
    }

    private static Map<String, Set<String>> load(String... resources) {
        Map<String, Set<String>> variants = new HashMap<>();
        for (String resource : resources) {
            try (InputStream in = GivenNames.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Missing given-name list " + resource);
                }
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] names = line.split(",");
                    String name = NameKeys.given(names[0]);
                    for (int i = 1; i < names.length; i++) {
                        String variant = NameKeys.given(names[i]);
                        if (!variant.isEmpty() && !variant.equals(name)) {
                            variants.computeIfAbsent(name, key -> new HashSet<>()).add(variant);
                            variants.computeIfAbsent(variant, key -> new HashSet<>()).add(name);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return variants;
    }
}
