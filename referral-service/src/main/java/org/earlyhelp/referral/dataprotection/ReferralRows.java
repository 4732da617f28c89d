package org.earlyhelp.referral.dataprotection;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.earlyhelp.platform.crypto.PersonalData;
import org.earlyhelp.referral.referral.ReferralErased;

/**
 * Deletes a referral, or one onward referral, everywhere this service keeps it (decision 0062), in the caller's
 * transaction: its rows, its people and history, its matching index entries and the candidate matches other referrals
 * hold to its people, its onward referrals and hand-overs with their events, and the projections keyed by it; the cumulative-concern
 * alerts resting on it are counted again ({@link ReferralErased}). Plain SQL returning each deleted row as JSON, whose
 * SHA-256 is the digest the tombstone keeps.
 */
@ApplicationScoped
class ReferralRows {

    /** What a kept link (a confirmed or undone match) says once the appearance it matched was erased. */
    static final String MATCHED_APPEARANCE_ERASED = "the referral it was matched on was erased";

    private final DataSource dataSource;
    private final EntityManager entities;
    private final Event<ReferralErased> erased;
    private final PersonalData personalData;

    ReferralRows(DataSource dataSource, EntityManager entities, Event<ReferralErased> erased, PersonalData personalData) {
        this.dataSource = dataSource;
        this.entities = entities;
        this.erased = erased;
        this.personalData = personalData;
    }

    /** Erases referral {@code referralId}; the digest of what went, or null if it was gone already. */
    @Transactional(Transactional.TxType.MANDATORY)
    byte[] eraseReferral(UUID referralId) {
        // Nothing this transaction loaded may be written back over what is deleted here.
        entities.flush();
        entities.clear();
        Rows gone = new Rows();
        Set<UUID> alerts;
        try (Connection connection = dataSource.getConnection()) {
            List<UUID> people = ids(connection, "select person_id from referral_person where referral_id = ?", referralId);
            // Matches on this referral, and suggestions elsewhere whose candidate is one of its people: both show its names.
            List<UUID> matches = ids(connection, "select id from person_match where referral_id = ?"
                    + " union select id from person_match where referral_id <> ? and candidate_person_id = any(?)"
                    + " and status in ('SUGGESTED', 'REJECTED')", referralId, referralId, people);
            alerts = new LinkedHashSet<>(ids(connection, "select alert_id from concern_alert_referral where referral_id = ?"
                    + " union select alert_id from concern_alert_link where referral_id = ? or match_id = any(?)"
                    + " or candidate_referral_ids like ?", referralId, referralId, matches, "%" + referralId + "%"));
            gone.delete(connection, "delete from concern_alert_link t where referral_id = ? or match_id = any(?)"
                    + " or candidate_referral_ids like ?", referralId, matches, "%" + referralId + "%");
            gone.delete(connection, "delete from concern_alert_referral t where referral_id = ?", referralId);
            gone.delete(connection, "delete from person_match t where id = any(?)", matches);
            // A confirmed or undone link elsewhere stays (it is who the person is there), without this referral's names: an
            // empty name, sealed like every value of its column (a clear one would be re-encrypted later, behind the back
            // of whoever reads the row meanwhile).
            update(connection, "update person_match set candidate_name = ?, reasons = ? where referral_id <> ?"
                    + " and candidate_person_id = any(?)", personalData.seal(""), MATCHED_APPEARANCE_ERASED, referralId, people);
            List<UUID> onwards = ids(connection, "select id from onward_referral where referral_id = ?", referralId);
            gone.delete(connection, "delete from onward_referral t where referral_id = ?", referralId);
            for (UUID onward : onwards) {
                eraseEvents(connection, onward);
            }
            List<UUID> handOvers = ids(connection, "select id from hand_over where referral_id = ?", referralId);
            gone.delete(connection, "delete from hand_over t where referral_id = ?", referralId);
            for (UUID handOver : handOvers) {
                eraseEvents(connection, handOver);
            }
            gone.delete(connection, "delete from referral_history t where referral_id = ?", referralId);
            gone.delete(connection, "delete from referral_amendment t where referral_id = ?", referralId);
            gone.delete(connection, "delete from information_request t where referral_id = ?", referralId);
            gone.delete(connection, "delete from referral_person t where referral_id = ?", referralId);
            gone.delete(connection, "delete from family_case_referral t where referral_id = ?", referralId);
            if (gone.delete(connection, "delete from referral t where id = ?", referralId) == 0) {
                return null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not erase referral " + referralId, e);
        }
        erased.fire(new ReferralErased(referralId, alerts));
        return gone.digest();
    }

    /** Erases onward referral {@code onwardId} alone; the digest of what went, or null if it was gone already. */
    @Transactional(Transactional.TxType.MANDATORY)
    byte[] eraseOnward(UUID onwardId) {
        entities.flush();
        entities.clear();
        Rows gone = new Rows();
        try (Connection connection = dataSource.getConnection()) {
            if (gone.delete(connection, "delete from onward_referral t where id = ?", onwardId) == 0) {
                return null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not erase onward referral " + onwardId, e);
        }
        return gone.digest();
    }

    /** The events and stored responses of a record erased with another (the platform erases the record's own). */
    private static void eraseEvents(Connection connection, UUID subject) throws SQLException {
        update(connection, "delete from outbox where subject = ?", subject.toString());
        update(connection, "delete from idempotency_key where location like ?", "%" + subject + "%");
    }

    private static List<UUID> ids(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepared(connection, sql, parameters); ResultSet rows = statement.executeQuery()) {
            List<UUID> ids = new ArrayList<>();
            while (rows.next()) {
                ids.add(rows.getObject(1, UUID.class));
            }
            return ids;
        }
    }

    private static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepared(connection, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    private static PreparedStatement prepared(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            Object parameter = parameters[i];
            if (parameter instanceof List<?> list) {
                statement.setArray(i + 1, connection.createArrayOf("uuid", list.toArray()));
            } else {
                statement.setObject(i + 1, parameter);
            }
        }
        return statement;
    }

    /** The rows deleted, as JSON text, for the tombstone's digest. */
    private static final class Rows {

        private final MessageDigest digest;

        Rows() {
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is missing from this JVM", e);
            }
        }

        /** Runs {@code delete ... t where ...}, adding each deleted row to the digest; how many went. */
        int delete(Connection connection, String sql, Object... parameters) throws SQLException {
            int count = 0;
            try (PreparedStatement statement = prepared(connection, sql + " returning row_to_json(t)::text", parameters);
                    ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    digest.update(rows.getString(1).getBytes(StandardCharsets.UTF_8));
                    count++;
                }
            }
            return count;
        }

        byte[] digest() {
            return digest.digest();
        }
    }
}
