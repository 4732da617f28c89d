package org.earlyhelp.platform.web;

import org.earlyhelp.platform.http.RequestIds;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.earlyhelp.platform.identity.Caller;
import org.earlyhelp.platform.identity.CurrentCaller;

/** A toy service resource that exercises the platform's request handling. */
@Path("/api/toys")
@Produces(MediaType.APPLICATION_JSON)
class ToyResource {

    enum Kind { PUZZLE, BALL }

    record Part(@NotNull LocalDate madeOn) {
    }

    record NewToy(@NotBlank @Size(max = 50) String name, @NotNull Kind kind, List<@Valid Part> parts) {
    }

    private final CurrentCaller caller;

    ToyResource(CurrentCaller caller) {
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull NewToy toy) {
        return Response.created(URI.create("/api/toys/1")).entity(Map.of("name", toy.name())).build();
    }

    @GET
    public Page<String> list(@BeanParam @Valid PageRequest page) {
        return new Page<>(List.of("ball"), page.page(), page.size(), 1);
    }

    @GET
    @Path("/broken")
    public String broken() {
        throw new IllegalStateException("ERROR: relation \"secret_table\" does not exist; SELECT * FROM secret_table");
    }

    @GET
    @Path("/database-down")
    public String databaseDown() {
        throw new IllegalStateException("Commit failed", new java.sql.SQLException(
                "Connection to 127.0.0.1:5432 refused. Check that the hostname and port are correct", "08001"));
    }

    @GET
    @Path("/taken")
    public String taken() {
        throw new ClientErrorException("This toy is already taken", 409);
    }

    @GET
    @Path("/request-id")
    public Map<String, String> requestId() {
        return Map.of("requestId", RequestIds.current());
    }

    @GET
    @Path("/request-id-header")
    @jakarta.annotation.security.PermitAll
    @Produces(MediaType.TEXT_PLAIN)
    public String requestIdHeader(@jakarta.ws.rs.HeaderParam(org.earlyhelp.platform.http.RequestIds.HEADER) String header) {
        return header == null ? "" : header;
    }

    @GET
    @Path("/relay")
    public Map<String, String> relay(@jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri) {
        EchoClient downstream = io.quarkus.rest.client.reactive.QuarkusRestClientBuilder.newBuilder()
                .baseUri(uri.getBaseUri()).build(EchoClient.class);
        return Map.of("downstreamSaw", downstream.requestIdHeader());
    }

    @GET
    @Path("/me")
    public Caller me() {
        return caller.get();
    }

    @GET
    @Path("/audited")
    @RolesAllowed("auditor")
    public String auditorsOnly() {
        return "secret";
    }
}
