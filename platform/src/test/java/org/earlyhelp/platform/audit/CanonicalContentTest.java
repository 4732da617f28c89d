package org.earlyhelp.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * The bytes a hash covers are fixed, so that anyone can recompute a row's hash from the table
 * with nothing but this definition. A change here breaks every existing chain: bump the marker.
 */
class CanonicalContentTest {

    private static final byte[] PREVIOUS = HexFormat.of().parseHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");

    private static AuditRow row(String username, String agency, String purpose) {
        return new AuditRow(42, Instant.parse("2026-03-01T09:30:00.000120Z"),
                "7c9e6679-7425-40de-944b-e07fc1f90ae7", username, agency, List.of("case-lead", "practitioner"),
                "read", "case", "c-1",
                List.of(UUID.fromString("0b6f1c3e-0000-4000-8000-000000000001"), UUID.fromString("0b6f1c3e-0000-4000-8000-000000000002")),
                purpose, "success", null, null, null, null);
    }

    @Test
    void theContentIsLengthPrefixedFieldsInAFixedOrder() {
        String content = new String(CanonicalContent.of(row("ann", "northshire-police", "Säfeguarding"), 7, PREVIOUS),
                StandardCharsets.UTF_8);

        assertThat(content).isEqualTo("""
                earlyhelp-audit/1
                1:7
                2:42
                27:2026-03-01T09:30:00.000120Z
                36:7c9e6679-7425-40de-944b-e07fc1f90ae7
                3:ann
                17:northshire-police
                [2]9:case-lead12:practitioner
                4:read
                4:case
                3:c-1
                [2]36:0b6f1c3e-0000-4000-8000-00000000000136:0b6f1c3e-0000-4000-8000-000000000002
                13:Säfeguarding
                7:success
                -
                64:00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff""");
    }

    @Test
    void theHashIsSha256OfTheContent() {
        // Computed independently: printf '%s' "<content above>" | sha256sum
        assertThat(CanonicalContent.hex(CanonicalContent.hash(row("ann", "northshire-police", "Säfeguarding"), 7, PREVIOUS)))
                .isEqualTo("a8c1b390c257f2f23a5ac949945605b80ff4e74a2b838b6308bb2777e43c1635");
    }

    @Test
    void theFirstRowHasNoPreviousHash() {
        String content = new String(CanonicalContent.of(row("ann", "northshire-police", null), 1, null), StandardCharsets.UTF_8);

        assertThat(content).startsWith("earlyhelp-audit/1\n1:1\n").endsWith("\n-\n7:success\n-\n-");
    }

    @Test
    void nullAndEmptyTextDiffer() {
        assertThat(CanonicalContent.hash(row("ann", "northshire-police", null), 1, null))
                .isNotEqualTo(CanonicalContent.hash(row("ann", "northshire-police", ""), 1, null));
    }

    @Test
    void textCannotMoveAcrossAFieldBoundary() {
        // Joined with bare line feeds both would read "ann\n\nx"; the length prefixes tell them apart.
        assertThat(CanonicalContent.hash(row("ann\n", "x", "p"), 1, null))
                .isNotEqualTo(CanonicalContent.hash(row("ann", "\nx", "p"), 1, null));
    }

    @Test
    void timestampsKeepAllSixMicrosecondDigits() {
        assertThat(CanonicalContent.timestamp(Instant.parse("2026-03-01T09:30:00Z"))).isEqualTo("2026-03-01T09:30:00.000000Z");
        assertThat(CanonicalContent.timestamp(Instant.parse("2026-03-01T09:30:00.123456Z"))).isEqualTo("2026-03-01T09:30:00.123456Z");
    }
}
