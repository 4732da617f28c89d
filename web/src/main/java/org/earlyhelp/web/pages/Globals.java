package org.earlyhelp.web.pages;

import java.util.LinkedHashMap;
import java.util.Map;

import io.quarkus.qute.TemplateGlobal;

/** Option lists every template may use. */
@TemplateGlobal
public final class Globals {

    static final Map<String, String> yesNo = new LinkedHashMap<>(Map.of("yes", "Yes"));
    static final Map<String, String> sexes = new LinkedHashMap<>();
    static final Map<String, String> urgencies = new LinkedHashMap<>();

    static {
        yesNo.put("no", "No");
        sexes.put("female", "Female");
        sexes.put("male", "Male");
        sexes.put("other", "Other");
        sexes.put("unknown", "Not known");
        urgencies.put("routine", "Routine – the hub decides within 1 working day");
        urgencies.put("urgent", "Urgent – the family needs help soon");
    }

    private Globals() {
    }
}
