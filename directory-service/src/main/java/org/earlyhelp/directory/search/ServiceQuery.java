package org.earlyhelp.directory.search;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.earlyhelp.directory.service.ServiceStatus;

/**
 * The SQL of a service search, built from {@link ServiceCriteria}: every filter is an indexed
 * predicate (GIN full-text and trigram indexes for text, btree for organisation, age and
 * modification time, the (term, service) and (district, service) indexes for EXISTS filters),
 * and proximity prefilters on a latitude/longitude bounding box before the exact haversine
 * distance. Public and free of CDI so that the search benchmark runs exactly this SQL.
 */
public final class ServiceQuery {

    /** Ranked text matches first; without text, alphabetical. {@code id} keeps pages stable. */
    private static final String TEXT_RANK = "ts_rank(s.search_vector, websearch_to_tsquery('english', ?)) "
            + "+ word_similarity(?, s.search_text)";
    private static final String DISTANCE = "(? * 2 * asin(sqrt(power(sin(radians(l.latitude - ?) / 2), 2) "
            + "+ cos(radians(?)) * cos(radians(l.latitude)) * power(sin(radians(l.longitude - ?) / 2), 2))))";

    private final StringBuilder where = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    private ServiceQuery(ServiceCriteria criteria) {
        where.append("s.status = ANY(?)");
        params.add(new TextArray(criteria.statuses().stream().map(ServiceStatus::value).sorted().toArray(String[]::new)));
        if (criteria.text() != null) {
            // Full text finds words anywhere; the trigram arm (name + organisation) forgives typos.
            where.append(" AND (s.search_vector @@ websearch_to_tsquery('english', ?) OR s.search_text %> ?)");
            params.add(criteria.text());
            params.add(criteria.text().toLowerCase(java.util.Locale.ROOT));
        }
        if (criteria.organizationId() != null) {
            where.append(" AND s.organization_id = ?");
            params.add(criteria.organizationId());
        }
        if (criteria.modifiedAfter() != null) {
            where.append(" AND s.last_modified >= ?");
            params.add(criteria.modifiedAfter().atOffset(ZoneOffset.UTC));
        }
        for (Set<UUID> terms : criteria.termSets()) {
            where.append(" AND EXISTS (SELECT 1 FROM service_attribute a WHERE a.service_id = s.id AND a.taxonomy_term_id = ANY(?))");
            params.add(new UuidArray(terms.toArray(UUID[]::new)));
        }
        if (criteria.taxonomyId() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM service_attribute a JOIN taxonomy_term t ON t.id = a.taxonomy_term_id"
                    + " WHERE a.service_id = s.id AND t.taxonomy_id = ?)");
            params.add(criteria.taxonomyId());
        }
        if (criteria.age() != null) {
            where.append(" AND (s.minimum_age IS NULL OR s.minimum_age <= ?) AND (s.maximum_age IS NULL OR s.maximum_age >= ?)");
            params.add(criteria.age());
            params.add(criteria.age());
        }
        if (criteria.district() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM service_area sa WHERE sa.service_id = s.id AND sa.district = ?)");
            params.add(criteria.district());
        }
    }

    /** One page of matching service ids, best match first. */
    public static Sql servicePage(ServiceCriteria criteria, int limit, long offset) {
        ServiceQuery q = new ServiceQuery(criteria);
        List<Object> all = new ArrayList<>(q.params);
        StringBuilder sql = new StringBuilder("SELECT s.id FROM service s WHERE ").append(q.where);
        if (criteria.text() != null) {
            sql.append(" ORDER BY ").append(TEXT_RANK).append(" DESC, s.name, s.id");
            all.add(criteria.text());
            all.add(criteria.text().toLowerCase(java.util.Locale.ROOT));
        } else {
            sql.append(" ORDER BY s.name, s.id");
        }
        sql.append(" LIMIT ? OFFSET ?");
        all.add(limit);
        all.add(offset);
        return new Sql(sql.toString(), all);
    }

    public static Sql serviceCount(ServiceCriteria criteria) {
        ServiceQuery q = new ServiceQuery(criteria);
        return new Sql("SELECT count(*) FROM service s WHERE " + q.where, q.params);
    }

    /** One page of matching service-at-location ids: nearest first when there is a point, else by service name. */
    public static Sql sitePage(ServiceCriteria criteria, Proximity near, int limit, long offset) {
        ServiceQuery q = new ServiceQuery(criteria);
        List<Object> all = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT sal.id FROM service_at_location sal JOIN service s ON s.id = sal.service_id "
                + "JOIN location l ON l.id = sal.location_id WHERE ");
        sql.append(q.where);
        all.addAll(q.params);
        q.appendNear(near, sql, all);
        if (near != null) {
            sql.append(" ORDER BY ").append(DISTANCE).append(" NULLS LAST, sal.id");
            addDistanceParams(near, all);
        } else if (criteria.text() != null) {
            sql.append(" ORDER BY ").append(TEXT_RANK).append(" DESC, s.name, sal.id");
            all.add(criteria.text());
            all.add(criteria.text().toLowerCase(java.util.Locale.ROOT));
        } else {
            sql.append(" ORDER BY s.name, sal.id");
        }
        sql.append(" LIMIT ? OFFSET ?");
        all.add(limit);
        all.add(offset);
        return new Sql(sql.toString(), all);
    }

    public static Sql siteCount(ServiceCriteria criteria, Proximity near) {
        ServiceQuery q = new ServiceQuery(criteria);
        List<Object> all = new ArrayList<>(q.params);
        StringBuilder sql = new StringBuilder("SELECT count(*) FROM service_at_location sal JOIN service s ON s.id = sal.service_id "
                + "JOIN location l ON l.id = sal.location_id WHERE ").append(q.where);
        q.appendNear(near, sql, all);
        return new Sql(sql.toString(), all);
    }

    private void appendNear(Proximity near, StringBuilder sql, List<Object> all) {
        if (near == null) {
            return;
        }
        if (near.metres() != null) {
            // The box uses the (latitude, longitude) index; the exact distance then trims its corners.
            sql.append(" AND l.latitude BETWEEN ? AND ? AND l.longitude BETWEEN ? AND ? AND ").append(DISTANCE).append(" <= ?");
            all.add(near.latitude() - near.latitudeSpan());
            all.add(near.latitude() + near.latitudeSpan());
            all.add(near.longitude() - near.longitudeSpan());
            all.add(near.longitude() + near.longitudeSpan());
            addDistanceParams(near, all);
            all.add((double) near.metres());
        } else {
            sql.append(" AND (NOT EXISTS (SELECT 1 FROM service_area sa WHERE sa.service_id = s.id)"
                    + " OR EXISTS (SELECT 1 FROM service_area sa WHERE sa.service_id = s.id AND sa.district = ?))");
            all.add(near.district());
        }
    }

    private static void addDistanceParams(Proximity near, List<Object> all) {
        all.add(Proximity.EARTH_RADIUS_METRES);
        all.add(near.latitude());
        all.add(near.latitude());
        all.add(near.longitude());
    }

    /** A statement and its parameters, in order. */
    public record Sql(String text, List<Object> params) {

        public List<UUID> ids(Connection connection) throws SQLException {
            try (PreparedStatement statement = prepare(connection); ResultSet rows = statement.executeQuery()) {
                List<UUID> ids = new ArrayList<>();
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
                return ids;
            }
        }

        public long count(Connection connection) throws SQLException {
            try (PreparedStatement statement = prepare(connection); ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }

        private PreparedStatement prepare(Connection connection) throws SQLException {
            PreparedStatement statement = connection.prepareStatement(text);
            for (int i = 0; i < params.size(); i++) {
                Object value = params.get(i);
                if (value instanceof TextArray array) {
                    Array sqlArray = connection.createArrayOf("text", array.values());
                    statement.setArray(i + 1, sqlArray);
                } else if (value instanceof UuidArray array) {
                    statement.setArray(i + 1, connection.createArrayOf("uuid", array.values()));
                } else {
                    statement.setObject(i + 1, value);
                }
            }
            return statement;
        }
    }

    private record TextArray(String[] values) {
    }

    private record UuidArray(UUID[] values) {
    }
}
