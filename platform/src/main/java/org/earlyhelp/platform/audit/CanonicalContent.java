package org.earlyhelp.platform.audit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * The exact bytes a sealed row's hash covers, so that anyone can recompute it from the table.
 *
 * <p>Version 1. The content is UTF-8 text: the marker {@code earlyhelp-audit/1}, then for each
 * field below, in this order, a line feed (0x0A) followed by the field's encoding:
 *
 * <ol>
 * <li>{@code seal_seq}, decimal (no sign, no leading zeros)
 * <li>{@code id}, decimal
 * <li>{@code occurred_at} in UTC as {@code yyyy-MM-ddTHH:mm:ss.ffffffZ}: always six fractional
 *     digits, since PostgreSQL keeps microseconds
 * <li>{@code user_id}
 * <li>{@code username}
 * <li>{@code agency}
 * <li>{@code roles}, a list in stored order (writers store them sorted)
 * <li>{@code action}
 * <li>{@code resource_type}
 * <li>{@code resource_id}
 * <li>{@code person_ids}, a list of lower-case hyphenated UUIDs in stored order
 * <li>{@code purpose}
 * <li>{@code outcome}
 * <li>{@code request_id}
 * <li>{@code prev_hash}: the previous row's hash as 64 lower-case hex digits; NULL for seal_seq 1
 * </ol>
 *
 * A value is encoded as {@code <n>:<value>} where {@code n} is the value's length in UTF-8 bytes
 * (decimal), and SQL NULL as {@code -}. A list is {@code [<count>]} followed directly by its
 * elements, each encoded as a value. Length prefixes make the encoding unambiguous: no value can
 * pass for a field boundary, and NULL differs from the empty string.
 *
 * <p>The row's hash is SHA-256 over these bytes. Because {@code seal_seq} and {@code prev_hash} are
 * inside, a row cannot be moved, and changing any row changes every hash after it.
 */
final class CanonicalContent {

    static final String MARKER = "earlyhelp-audit/1";
    private static final DateTimeFormatter MICROSECONDS_UTC =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
    private static final HexFormat HEX = HexFormat.of();

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);

    private CanonicalContent() {
        text(MARKER);
    }

    /** The canonical content of {@code row} sealed at {@code seq} after a row whose hash is {@code prevHash}. */
    static byte[] of(AuditRow row, long seq, byte[] prevHash) {
        CanonicalContent content = new CanonicalContent();
        content.field(Long.toString(seq));
        content.field(Long.toString(row.id()));
        content.field(timestamp(row.occurredAt()));
        content.field(row.userId());
        content.field(row.username());
        content.field(row.agency());
        content.list(row.roles());
        content.field(row.action());
        content.field(row.resourceType());
        content.field(row.resourceId());
        content.list(row.personIds().stream().map(UUID::toString).toList());
        content.field(row.purpose());
        content.field(row.outcome());
        content.field(row.requestId());
        content.field(prevHash == null ? null : hex(prevHash));
        return content.bytes.toByteArray();
    }

    /** SHA-256 of {@link #of}. */
    static byte[] hash(AuditRow row, long seq, byte[] prevHash) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(of(row, seq, prevHash));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    static String hex(byte[] hash) {
        return hash == null ? null : HEX.formatHex(hash);
    }

    static String timestamp(Instant instant) {
        return MICROSECONDS_UTC.format(instant);
    }

    private void field(String value) {
        text("\n");
        value(value);
    }

    private void list(List<String> values) {
        text("\n[" + values.size() + "]");
        values.forEach(this::value);
    }

    private void value(String value) {
        if (value == null) {
            text("-");
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        text(utf8.length + ":");
        bytes.writeBytes(utf8);
    }

    private void text(String ascii) {
        bytes.writeBytes(ascii.getBytes(StandardCharsets.UTF_8));
    }
}
