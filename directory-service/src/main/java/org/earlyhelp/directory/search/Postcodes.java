package org.earlyhelp.directory.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Postcode centroids from the offline {@code postcode} table: a full postcode, or failing that
 * its outward code (the district's centre), so "NS1 9ZZ" still finds a point.
 */
@ApplicationScoped
public class Postcodes {

    private static final Pattern SHAPE = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]?([0-9][A-Z]{2})?");

    private final DataSource dataSource;

    Postcodes(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Upper case without spaces, if it looks like a UK postcode or outward code; empty otherwise. */
    public static Optional<String> normalise(String postcode) {
        String key = postcode == null ? "" : postcode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        return SHAPE.matcher(key).matches() ? Optional.of(key) : Optional.empty();
    }

    /** The point to search around; empty for a postcode the directory does not know. */
    public Optional<Proximity> locate(String normalised, Integer metres) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT latitude, longitude, district FROM postcode WHERE code = ? OR code = ? "
                                + "ORDER BY length(code) DESC LIMIT 1")) {
            statement.setString(1, normalised);
            statement.setString(2, normalised.length() > 4 ? normalised.substring(0, normalised.length() - 3) : normalised);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(new Proximity(row.getDouble(1), row.getDouble(2), row.getString(3), metres))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Postcode look-up failed", e);
        }
    }
}
