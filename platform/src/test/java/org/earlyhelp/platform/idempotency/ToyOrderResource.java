package org.earlyhelp.platform.idempotency;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.earlyhelp.platform.identity.CurrentCaller;

/** A toy creating endpoint: slow enough that concurrent duplicates overlap. */
@Path("/api/toy-orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
class ToyOrderResource {

    record NewOrder(@NotBlank String toy) {
    }

    private final DataSource dataSource;
    private final CurrentCaller caller;

    ToyOrderResource(DataSource dataSource, CurrentCaller caller) {
        this.dataSource = dataSource;
        this.caller = caller;
    }

    @POST
    @Idempotent
    @Transactional
    public Response order(@Valid NewOrder order) throws SQLException, InterruptedException {
        if (order.toy().equals("out-of-stock")) {
            throw new ClientErrorException("Out of stock", 409);
        }
        UUID id = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO toy_order VALUES (?, ?, ?)")) {
            insert.setObject(1, id);
            insert.setString(2, caller.get().username());
            insert.setString(3, order.toy());
            insert.executeUpdate();
        }
        Thread.sleep(200);
        return Response.created(URI.create("/api/toy-orders/" + id)).entity(Map.of("id", id, "toy", order.toy())).build();
    }
}
