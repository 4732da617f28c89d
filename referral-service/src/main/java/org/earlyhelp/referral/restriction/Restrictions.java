package org.earlyhelp.referral.restriction;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who is restricted (consent-service's {@code person.restricted}, until {@code person.restriction-lifted}), and the
 * question every write and view asks: is anyone on this record restricted, themselves or through a person a confirmed
 * "known to services" match links them to.
 */
@ApplicationScoped
public class Restrictions {

    /** For each person asked about, every id confirmed matches join to it; those that reach a restricted person. */
    private static final String RESTRICTED_AMONG = """
            with recursive linked(start, person_id) as (
                select s, s from unnest(?) s
                union
                select l.start, case when m.candidate_person_id = l.person_id then m.person_id_before else m.candidate_person_id end
                from person_match m join linked l
                  on m.status = 'CONFIRMED' and m.person_id_before is not null
                 and (m.candidate_person_id = l.person_id or m.person_id_before = l.person_id)
            )
            select distinct l.start from linked l join restricted_person r on r.person_id = l.person_id""";

    private final DataSource dataSource;

    Restrictions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Those of {@code people} whose processing is restricted, themselves or through a link. */
    public Set<UUID> restrictedAmong(Collection<UUID> people) {
        if (people.isEmpty()) {
            return Set.of();
        }
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(RESTRICTED_AMONG)) {
            query.setArray(1, connection.createArrayOf("uuid", people.stream().distinct().toArray()));
            Set<UUID> restricted = new LinkedHashSet<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    restricted.add(rows.getObject(1, UUID.class));
                }
            }
            return restricted;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the restricted people", e);
        }
    }

    public boolean restricted(Collection<UUID> people) {
        return !restrictedAmong(people).isEmpty();
    }

    /** 409 {@code processing-restricted} if anyone on the record is restricted: a record naming them is read-only. */
    public void refuseIfRestricted(Collection<UUID> people) {
        if (restricted(people)) {
            throw new ProcessingRestricted("A data protection officer has restricted processing of the data of a person on"
                    + " this record (UK GDPR Art. 18): it is kept and can be read, not changed or shared; nothing was stored");
        }
    }

    /** {@code personId} is restricted, at a data protection officer's request (in the caller's transaction). */
    public void restrict(UUID personId, UUID requestId, String requestedBy, Instant at) {
        update("insert into restricted_person (person_id, request_id, requested_by, restricted_at) values (?, ?, ?, ?)"
                + " on conflict (person_id) do update set because_of = null, request_id = excluded.request_id,"
                + " requested_by = excluded.requested_by, restricted_at = excluded.restricted_at",
                personId, requestId, requestedBy, Timestamp.from(at));
    }

    /** A person on a new referral, strongly matched to {@code restrictedPerson}, is restricted with them. */
    public void restrictWith(UUID personId, UUID restrictedPerson, Instant at) {
        update("insert into restricted_person (person_id, because_of, restricted_at) values (?, ?, ?) on conflict do nothing",
                personId, restrictedPerson, Timestamp.from(at));
    }

    /**
     * The restriction of {@code personId} is lifted, and with it those restricted because of them (directly, or through
     * a person linked to them).
     */
    public void lift(UUID personId) {
        update("delete from restricted_person where person_id = ? or because_of = ?", personId, personId);
        Set<UUID> causes = new LinkedHashSet<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(
                "select distinct because_of from restricted_person where because_of is not null"); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                causes.add(rows.getObject(1, UUID.class));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the restricted people", e);
        }
        causes.removeAll(restrictedAmong(causes));
        causes.forEach(cause -> update("delete from restricted_person where because_of = ?", cause));
    }

    private void update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record the restriction", e);
        }
    }
}
