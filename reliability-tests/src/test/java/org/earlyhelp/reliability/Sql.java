package org.earlyhelp.reliability;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.earlyhelp.platform.test.SealedValues;

/** The few queries the fault tests make straight against a service's database. */
final class Sql {

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private Sql() {
    }

    static long count(Connection connection, String query, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /**
     * Referrals of one scenario of this run, by the {@code Idempotency-Key} of the request that created them. The
     * content is sealed (decision 0060): read with the suite's master key, as the service itself would.
     */
    static Map<String, Long> referralsPerKey(Suite suite, String scenario) throws SQLException {
        Map<String, Long> perKey = new LinkedHashMap<>();
        String marker = "[" + scenario + "-" + Suite.RUN + "-";
        try (Connection referral = suite.sql("referral");
                PreparedStatement statement = referral.prepareStatement("SELECT content FROM referral");
                ResultSet rows = statement.executeQuery()) {
            UnaryOperator<String> open = SealedValues.opener(referral, "referral", Suite.MASTER_KEY);
            while (rows.next()) {
                String text = helpRequested(open.apply(rows.getString(1)));
                if (text != null && text.contains(marker)) {
                    perKey.merge(text.substring(text.indexOf('[') + 1, text.lastIndexOf(']')), 1L, Long::sum);
                }
            }
        }
        return perKey;
    }

    private static String helpRequested(String content) {
        try {
            return JSON.readTree(content).path("helpRequested").asText(null);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("A referral's content is not JSON", e);
        }
    }

    /**
     * Referrals anywhere in the database that were written only in part: without the people they
     * name, without their history, or without the {@code referral.submitted} event on the outbox.
     */
    static long halfWrittenReferrals(Suite suite) throws SQLException {
        try (Connection referral = suite.sql("referral")) {
            return count(referral, """
                    SELECT count(*) FROM referral r
                    WHERE NOT EXISTS (SELECT 1 FROM referral_person p WHERE p.referral_id = r.id)
                       OR NOT EXISTS (SELECT 1 FROM referral_history h WHERE h.referral_id = r.id)
                       OR NOT EXISTS (SELECT 1 FROM outbox o WHERE o.type = 'referral.submitted' AND o.subject = r.id::text)""");
        }
    }

    /** Waits until {@code count} sessions on {@code database} are waiting for a lock (the requests a test holds up). */
    static void awaitSessionsWaitingForALock(Suite suite, String database, int count, Duration within) throws Exception {
        awaitSessions(suite, database, "wait_event_type = 'Lock'", count, within);
    }

    /** Waits until no session of the service is left on {@code database} (other than the given connection's). */
    static void awaitNoOtherSessions(Suite suite, Connection own, String database, Duration within) throws Exception {
        long ownPid;
        try (PreparedStatement statement = own.prepareStatement("SELECT pg_backend_pid()"); ResultSet row = statement.executeQuery()) {
            row.next();
            ownPid = row.getLong(1);
        }
        Instant deadline = Instant.now().plus(within);
        try (Connection admin = suite.sql("postgres")) {
            while (count(admin, "SELECT count(*) FROM pg_stat_activity WHERE datname = ? AND backend_type = 'client backend'"
                    + " AND pid <> ? AND pid <> pg_backend_pid()", database, ownPid) > 0) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("Sessions of the stopped service still open on " + database + " after " + within);
                }
                Thread.sleep(100);
            }
        }
    }

    private static void awaitSessions(Suite suite, String database, String condition, int count, Duration within)
            throws Exception {
        Instant deadline = Instant.now().plus(within);
        try (Connection admin = suite.sql("postgres")) {
            long seen;
            while ((seen = count(admin, "SELECT count(*) FROM pg_stat_activity WHERE datname = ? AND " + condition,
                    database)) < count) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("Only " + seen + " of " + count + " sessions on " + database + " matched "
                            + condition + " after " + within);
                }
                Thread.sleep(100);
            }
        }
    }
}
