package org.earlyhelp.bench.bare;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.runtime.StartupEvent;

/**
 * Baseline for the performance benchmark: a JSON body in, one row out, one commit, 201 — what any
 * persisting endpoint costs on this machine before it validates, authorises, audits or publishes.
 */
@Path("/bare")
public class BareInsertResource {

    private final DataSource dataSource;

    BareInsertResource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void createTable(@Observes StartupEvent started) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS bare_insert (id uuid PRIMARY KEY, body jsonb NOT NULL,"
                    + " created_at timestamptz NOT NULL DEFAULT now())");
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response insert(String body) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO bare_insert (id, body) VALUES (?, ?::jsonb)")) {
            insert.setObject(1, id);
            insert.setString(2, body);
            insert.executeUpdate();
        }
        return Response.status(Response.Status.CREATED).entity("{\"id\":\"" + id + "\"}").type(MediaType.APPLICATION_JSON).build();
    }
}
