package org.earlyhelp.platform.agency;

import static org.earlyhelp.platform.agency.Registered.Register.AGENCY;
import static org.earlyhelp.platform.agency.Registered.Register.AGENCY_TYPE;
import static org.earlyhelp.platform.agency.Registered.Register.AREA;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A toy operation whose body names codes of each register, as the services' bodies do. */
@Path("/api/toy-deliveries")
@Consumes(MediaType.APPLICATION_JSON)
class ToyDeliveryResource {

    record Delivery(@Pattern(regexp = "[a-z0-9-]+") @Registered(AGENCY) String agency,
            @Registered(AREA) String area,
            List<@NotNull @Registered(AGENCY_TYPE) String> types) {
    }

    static volatile Delivery lastStored;

    @POST
    public Response deliver(@Valid @NotNull Delivery delivery) {
        lastStored = delivery;
        return Response.status(201).build();
    }
}
