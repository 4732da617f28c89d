package org.earlyhelp.directory.search;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/** Runs service and service-at-location searches; answers ids in order plus the total, for the caller to load and map. */
@ApplicationScoped
public class DirectorySearch {

    private final DataSource dataSource;

    DirectorySearch(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public ServiceQuery.Hits services(ServiceCriteria criteria, int page, int perPage) {
        try (Connection connection = dataSource.getConnection()) {
            return ServiceQuery.services(connection, criteria, page, perPage);
        } catch (SQLException e) {
            throw new IllegalStateException("Service search failed", e);
        }
    }

    public ServiceQuery.Hits sites(ServiceCriteria criteria, Proximity near, int page, int perPage) {
        try (Connection connection = dataSource.getConnection()) {
            return ServiceQuery.sites(connection, criteria, near, page, perPage);
        } catch (SQLException e) {
            throw new IllegalStateException("Service-at-location search failed", e);
        }
    }
}
