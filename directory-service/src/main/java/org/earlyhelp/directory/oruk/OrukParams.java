package org.earlyhelp.directory.oruk;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.ws.rs.BadRequestException;

import org.earlyhelp.directory.service.ServiceStatus;

/**
 * Query parameters arrive as text and are parsed here, so that every malformed value is a 400
 * that names the parameter and what it accepts (JAX-RS would answer an unconvertible one with 404).
 */
final class OrukParams {

    private OrukParams() {
    }

    static int page(String value) {
        return value == null || value.isEmpty() ? 1 : (int) whole("page", value, 1, 1_000_000);
    }

    static int perPage(String value, int defaultValue, int max) {
        return value == null || value.isEmpty() ? defaultValue : (int) whole("per_page", value, 1, max);
    }

    static Integer optionalWhole(String name, String value, long min, long max) {
        return value == null || value.isEmpty() ? null : (int) whole(name, value, min, max);
    }

    static long whole(String name, String value, long min, long max) {
        if (value.length() <= 10 && value.chars().allMatch(Character::isDigit)) {
            long number = Long.parseLong(value);
            if (number >= min && number <= max) {
                return number;
            }
        }
        throw new BadRequestException("Query parameter " + name + " must be a whole number from " + min + " to " + max
                + ", not '" + shorten(value) + "'");
    }

    static UUID uuid(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            UUID id = UUID.fromString(value);
            if (id.toString().equalsIgnoreCase(value)) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new BadRequestException("Query parameter " + name + " must be a UUID, not '" + shorten(value) + "'");
    }

    static boolean bool(String name, String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new BadRequestException("Query parameter " + name + " must be true or false, not '" + shorten(value) + "'");
        };
    }

    /** An ISO-8601 date-time (with offset) or a date, which means its start in UTC. */
    static Instant instant(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notDateTime) {
            try {
                return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notDate) {
                throw new BadRequestException("Query parameter " + name
                        + " must be an ISO-8601 date-time such as 2026-01-31T09:00:00Z or a date such as 2026-01-31");
            }
        }
    }

    static Set<ServiceStatus> statuses(String value) {
        if (value == null || value.isEmpty()) {
            return Set.of();
        }
        try {
            Set<ServiceStatus> statuses = new LinkedHashSet<>();
            Arrays.stream(value.split(",")).map(String::strip).map(ServiceStatus::fromValue).forEach(statuses::add);
            return statuses;
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("Query parameter status must be a comma-separated list of active, inactive, "
                    + "defunct, temporarily closed");
        }
    }

    static Set<String> codes(String name, String value) {
        if (value == null || value.isEmpty()) {
            return Set.of();
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String code : value.split(",")) {
            String trimmed = code.strip().toLowerCase(Locale.ROOT);
            if (!trimmed.matches("[a-z0-9]+(-[a-z0-9]+)*") || trimmed.length() > 100) {
                throw new BadRequestException("Query parameter " + name + " must be one or more codes such as housing, "
                        + "separated by commas, not '" + shorten(value) + "'");
            }
            codes.add(trimmed);
        }
        return codes;
    }

    static String text(String name, String value) {
        if (value != null && value.length() > 200) {
            throw new BadRequestException("Query parameter " + name + " must be at most 200 characters");
        }
        return value;
    }

    static void format(String value) {
        if (value != null && !value.isEmpty() && !value.equals("json")) {
            throw new BadRequestException("Query parameter format supports only json");
        }
    }

    private static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
