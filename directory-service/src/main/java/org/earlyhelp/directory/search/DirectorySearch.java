package org.earlyhelp.directory.search;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/** Runs service and service-at-location searches; answers ids in order plus the total, for the caller to load and map. */
@ApplicationScoped
public class DirectorySearch {

    /** Matching ids of one page, best first, and how many match in all. */
    public record Hits(List<UUID> ids, long total) {
    }

    private final DataSource dataSource;

    DirectorySearch(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Hits services(ServiceCriteria criteria, int page, int perPage) {
        long offset = (long) (page - 1) * perPage;
        try (Connection connection = dataSource.getConnection()) {
            long total = ServiceQuery.serviceCount(criteria).count(connection);
            List<UUID> ids = offset >= total ? List.of() : ServiceQuery.servicePage(criteria, perPage, offset).ids(connection);
            return new Hits(ids, total);
        } catch (SQLException e) {
            throw new IllegalStateException("Service search failed", e);
        }
    }

    public Hits sites(ServiceCriteria criteria, Proximity near, int page, int perPage) {
        long offset = (long) (page - 1) * perPage;
        try (Connection connection = dataSource.getConnection()) {
            long total = ServiceQuery.siteCount(criteria, near).count(connection);
            List<UUID> ids = offset >= total ? List.of() : ServiceQuery.sitePage(criteria, near, perPage, offset).ids(connection);
            return new Hits(ids, total);
        } catch (SQLException e) {
            throw new IllegalStateException("Service-at-location search failed", e);
        }
    }
}
