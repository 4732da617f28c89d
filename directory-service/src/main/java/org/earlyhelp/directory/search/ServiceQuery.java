package org.earlyhelp.directory.search;

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
import org.postgresql.PGStatement;

/**
 * The SQL of a service search, built from {@link ServiceCriteria}, and its execution: the typed
 * text becomes a tsquery first ({@code directory_search_query}, which corrects misspelt words
 * against the directory's vocabulary), then one statement finds the page of ids and counts the
 * matches as it sorts them (the unfiltered list, read from the name index, counts apart), with
 * every filter an indexed predicate on the service row: GIN indexes on {@code search_vector},
 * {@code term_ids} and {@code districts} (which PostgreSQL can combine with a BitmapAnd), btree
 * indexes for organisation, age and modification time; proximity prefilters on a bounding box
 * (GiST index on the location's point) before the exact haversine distance. Public and free of CDI so
 * that the search benchmark runs exactly this.
 */
public final class ServiceQuery {

    /** Matching ids of one page, best first, and how many match in all. */
    public record Hits(List<UUID> ids, long total) {
    }

    private static final String DISTANCE = "(? * 2 * asin(sqrt(power(sin(radians(l.latitude - ?) / 2), 2) "
            + "+ cos(radians(?)) * cos(radians(l.latitude)) * power(sin(radians(l.longitude - ?) / 2), 2))))";
    private static final String SITES = "service_at_location sal JOIN service s ON s.id = sal.service_id";
    private static final String SITES_AND_PLACES = SITES + " JOIN location l ON l.id = sal.location_id";

    private final StringBuilder where = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    private ServiceQuery(ServiceCriteria criteria, String tsquery) {
        if (criteria.statuses().equals(ServiceCriteria.LISTED)) {
            // Written out (not a parameter) so that the planner can use the partial indexes of listed services.
            where.append("s.status IN ('active', 'temporarily closed')");
        } else {
            where.append("s.status = ANY(?::text[])");
            params.add(criteria.statuses().stream().map(ServiceStatus::value).sorted().toArray(String[]::new));
        }
        if (tsquery != null) {
            where.append(" AND s.search_vector @@ ?::tsquery");
            params.add(tsquery);
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
            where.append(" AND s.term_ids && ?::uuid[]");
            params.add(terms.toArray(UUID[]::new));
        }
        if (criteria.age() != null) {
            where.append(" AND (s.minimum_age IS NULL OR s.minimum_age <= ?) AND (s.maximum_age IS NULL OR s.maximum_age >= ?)");
            params.add(criteria.age());
            params.add(criteria.age());
        }
        if (criteria.district() != null) {
            where.append(" AND s.districts @> ARRAY[?]::text[]");
            params.add(criteria.district());
        }
    }

    /** Services matching the criteria: page {@code page} (from 1) of {@code perPage}, best text match first, else by name. */
    public static Hits services(Connection connection, ServiceCriteria criteria, int page, int perPage) throws SQLException {
        planAsSearch(connection);
        String tsquery = tsquery(connection, criteria);
        if (criteria.text() != null && tsquery == null) {
            return new Hits(List.of(), 0);
        }
        long offset = (long) (page - 1) * perPage;
        if (readsEveryMatch(criteria, null)) {
            return servicePage(criteria, tsquery, perPage, offset).countedHits(connection, offset, serviceCount(criteria, tsquery));
        }
        long total = serviceCount(criteria, tsquery).count(connection);
        return new Hits(offset >= total ? List.of() : servicePage(criteria, tsquery, perPage, offset).ids(connection), total);
    }

    /** Services at locations matching the criteria; nearest first when there is a point to search around. */
    public static Hits sites(Connection connection, ServiceCriteria criteria, Proximity near, int page, int perPage)
            throws SQLException {
        planAsSearch(connection);
        String tsquery = tsquery(connection, criteria);
        if (criteria.text() != null && tsquery == null) {
            return new Hits(List.of(), 0);
        }
        long offset = (long) (page - 1) * perPage;
        if (readsEveryMatch(criteria, near)) {
            return sitePage(criteria, tsquery, near, perPage, offset).countedHits(connection, offset, siteCount(criteria, tsquery, near));
        }
        long total = siteCount(criteria, tsquery, near).count(connection);
        return new Hits(offset >= total ? List.of() : sitePage(criteria, tsquery, near, perPage, offset).ids(connection), total);
    }

    /**
     * Whether the page must see every match before it knows its first row: ranked by text,
     * ordered by distance, or a filtered list sorted by name. Such a page counts the matches
     * as they go past ({@code count(*) OVER ()}) instead of a second statement finding them
     * all again. Only the unfiltered list reads its page straight from the name index and
     * counts apart.
     */
    static boolean readsEveryMatch(ServiceCriteria criteria, Proximity near) {
        return criteria.isFiltered() || near != null;
    }

    /**
     * How a search is planned, for the rest of its transaction.
     *
     * <p>No parallel workers: a search is one of many small concurrent requests, and on a busy
     * server starting workers for a broad one costs more than it saves (the benchmark measured
     * 250 ms parallel against 60 ms serial at 100,000 services) while taking cores from the
     * other requests.
     *
     * <p>{@code random_page_cost} 1.1, PostgreSQL's advice for SSDs and cached data, where
     * reading pages out of order costs about what reading them in order does: at the default 4
     * (spinning disks) a word in a quarter of the services made the planner read every service
     * and test every search vector rather than fetch only the pages the full-text index names,
     * whose rows it need not test again (2-3x slower, docs/benchmarks/directory-search.md).
     */
    private static void planAsSearch(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            try (java.sql.Statement statement = connection.createStatement()) {
                statement.execute("SET LOCAL max_parallel_workers_per_gather = 0; SET LOCAL random_page_cost = 1.1");
            }
        }
    }

    /**
     * The text as a tsquery, looked up before the search so that the planner sees it as a value
     * (and can weigh the full-text index against the other filters); null if no word is searchable.
     */
    static String tsquery(Connection connection, ServiceCriteria criteria) throws SQLException {
        if (criteria.text() == null) {
            return null;
        }
        try (PreparedStatement statement = connection.prepareStatement("SELECT directory_search_query(?)::text")) {
            statement.setString(1, criteria.text());
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    /**
     * The page's ids, best first. When the page {@linkplain #readsEveryMatch reads every match}
     * each row also carries the number of matches: the sort keys are computed once per match
     * below an {@code OFFSET 0} fence (so that the window spools ids, names and ranks, not
     * search vectors, and the planner cannot walk the name index hoping to meet the page
     * early), {@code count(*) OVER ()} counts them and the top-N sort picks the page.
     */
    public static Sql servicePage(ServiceCriteria criteria, String tsquery, int limit, long offset) {
        ServiceQuery q = new ServiceQuery(criteria, tsquery);
        List<Object> all = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        if (tsquery != null) {
            sql.append("SELECT m.id, count(*) OVER () FROM (SELECT s.id, s.name, ts_rank(s.search_vector, ?::tsquery) AS rank "
                    + "FROM service s WHERE ").append(q.where).append(" OFFSET 0) m ORDER BY m.rank DESC, m.name, m.id");
            all.add(tsquery);
        } else if (readsEveryMatch(criteria, null)) {
            sql.append("SELECT m.id, count(*) OVER () FROM (SELECT s.id, s.name FROM service s WHERE ").append(q.where)
                    .append(" OFFSET 0) m ORDER BY m.name, m.id");
        } else {
            sql.append("SELECT s.id FROM service s WHERE ").append(q.where).append(" ORDER BY s.name, s.id");
        }
        all.addAll(q.params);
        sql.append(" LIMIT ? OFFSET ?");
        all.add(limit);
        all.add(offset);
        return new Sql(sql.toString(), all);
    }

    public static Sql serviceCount(ServiceCriteria criteria, String tsquery) {
        ServiceQuery q = new ServiceQuery(criteria, tsquery);
        return new Sql("SELECT count(*) FROM service s WHERE " + q.where, q.params);
    }

    /** Like {@link #servicePage}, over services at locations, nearest first when there is a point to search around. */
    public static Sql sitePage(ServiceCriteria criteria, String tsquery, Proximity near, int limit, long offset) {
        ServiceQuery q = new ServiceQuery(criteria, tsquery);
        List<Object> all = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        if (!readsEveryMatch(criteria, near)) {
            sql.append("SELECT sal.id FROM " + SITES + " WHERE ").append(q.where).append(" ORDER BY s.name, sal.id");
            all.addAll(q.params);
        } else {
            String order;
            if (near != null) {
                sql.append("SELECT m.id, count(*) OVER () FROM (SELECT sal.id, ").append(DISTANCE).append(" AS distance");
                addDistanceParams(near, all);
                order = "m.distance NULLS LAST, m.id";
            } else if (tsquery != null) {
                sql.append("SELECT m.id, count(*) OVER () FROM (SELECT sal.id, s.name, ts_rank(s.search_vector, ?::tsquery) AS rank");
                all.add(tsquery);
                order = "m.rank DESC, m.name, m.id";
            } else {
                sql.append("SELECT m.id, count(*) OVER () FROM (SELECT sal.id, s.name");
                order = "m.name, m.id";
            }
            sql.append(" FROM ").append(sites(near)).append(" WHERE ").append(q.where);
            all.addAll(q.params);
            appendNear(near, sql, all);
            sql.append(" OFFSET 0) m ORDER BY ").append(order);
        }
        sql.append(" LIMIT ? OFFSET ?");
        all.add(limit);
        all.add(offset);
        return new Sql(sql.toString(), all);
    }

    public static Sql siteCount(ServiceCriteria criteria, String tsquery, Proximity near) {
        ServiceQuery q = new ServiceQuery(criteria, tsquery);
        List<Object> all = new ArrayList<>(q.params);
        StringBuilder sql = new StringBuilder("SELECT count(*) FROM ").append(sites(near)).append(" WHERE ").append(q.where);
        appendNear(near, sql, all);
        return new Sql(sql.toString(), all);
    }

    /**
     * Services at locations, with the locations only when there is a point to measure from:
     * every service at a location has its location (a foreign key, not null), so without one
     * the join would drop nothing and cost a hash of every location (about a third of a broad
     * word's search at 100,000 services).
     */
    private static String sites(Proximity near) {
        return near == null ? SITES : SITES_AND_PLACES;
    }

    private static void appendNear(Proximity near, StringBuilder sql, List<Object> all) {
        if (near == null) {
            return;
        }
        if (near.metres() != null) {
            // The box uses the GiST index on the location's point; the exact distance then trims its corners.
            sql.append(" AND l.latitude IS NOT NULL AND point(l.longitude, l.latitude) <@ box(point(?, ?), point(?, ?)) AND ")
                    .append(DISTANCE).append(" <= ?");
            all.add(near.longitude() - near.longitudeSpan());
            all.add(near.latitude() - near.latitudeSpan());
            all.add(near.longitude() + near.longitudeSpan());
            all.add(near.latitude() + near.latitudeSpan());
            addDistanceParams(near, all);
            all.add((double) near.metres());
        } else {
            // ORUK: a postcode alone limits results to services whose areas cover it (or that name no area).
            sql.append(" AND (s.districts = '{}' OR s.districts @> ARRAY[?]::text[])");
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

        /**
         * The ids of a page whose rows also carry the number of matches. A page past the last has
         * no row to carry it, so {@code count} then counts them.
         */
        public Hits countedHits(Connection connection, long offset, Sql count) throws SQLException {
            List<UUID> ids = new ArrayList<>();
            long total = 0;
            try (PreparedStatement statement = prepare(connection); ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                    total = rows.getLong(2);
                }
            }
            return ids.isEmpty() && offset > 0 ? new Hits(ids, count.count(connection)) : new Hits(ids, total);
        }

        public long count(Connection connection) throws SQLException {
            try (PreparedStatement statement = prepare(connection); ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }

        /**
         * The plan PostgreSQL runs this statement with, as EXPLAIN (ANALYZE, BUFFERS) prints it:
         * planned as a search is (in a transaction of its own, rolled back, when there is none).
         */
        public List<String> explain(Connection connection) throws SQLException {
            boolean ownTransaction = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement statement = new Sql("EXPLAIN (ANALYZE, BUFFERS) " + text, params).prepare(connection)) {
                planAsSearch(connection);
                List<String> plan = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        plan.add(rows.getString(1));
                    }
                }
                return plan;
            } finally {
                if (ownTransaction) {
                    connection.rollback();
                    connection.setAutoCommit(true);
                }
            }
        }

        private PreparedStatement prepare(Connection connection) throws SQLException {
            PreparedStatement statement = connection.prepareStatement(text);
            try {
                // Plan every search for its own values: how selective a filter is varies enormously (a
                // district of 300 services, a word in every description), and the generic plan a
                // server-side prepared statement falls back to after a few runs cannot tell them apart.
                if (statement.isWrapperFor(PGStatement.class)) {
                    statement.unwrap(PGStatement.class).setPrepareThreshold(0);
                }
                for (int i = 0; i < params.size(); i++) {
                    Object value = params.get(i);
                    if (value instanceof String[] texts) {
                        statement.setArray(i + 1, connection.createArrayOf("text", texts));
                    } else if (value instanceof UUID[] uuids) {
                        statement.setArray(i + 1, connection.createArrayOf("uuid", uuids));
                    } else {
                        statement.setObject(i + 1, value);
                    }
                }
                return statement;
            } catch (SQLException e) {
                statement.close();
                throw e;
            }
        }
    }
}
