package org.earlyhelp.platform.chronology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * A service's part of a story is read by consent-service with the suite's strict JSON, which refuses a {@code null} in a
 * map: an entry leaves out a detail that has no value (a case opened with no reason gave a 503 story before).
 */
class ChronologyEntryTest {

    @Test
    void aDetailWithNoValueIsLeftOut() {
        Map<String, Object> details = new HashMap<>();
        details.put("reference", "EH-2026-00412");
        details.put("reason", null);

        ChronologyEntry entry = new ChronologyEntry(Instant.parse("2026-03-03T10:02:00Z"), "case", "case.opened", "case",
                "3c9e1f20-6d4b-4a8e-b2f7-1e0d9c8b7a65", null, "event-consumer", "Case EH-2026-00412: opened", details);

        assertThat(entry.details()).containsExactly(Map.entry("reference", "EH-2026-00412"));
    }
}
