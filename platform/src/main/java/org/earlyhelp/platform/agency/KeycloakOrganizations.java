package org.earlyhelp.platform.agency;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * Keycloak's admin REST API for a realm's Organizations ({@code <server>/admin/realms/<realm>/organizations}), built
 * by {@link RealmOrganizations}. The caller needs the realm-management role {@code view-organizations}; with only
 * {@code query-organizations} Keycloak answers 200 with an empty list.
 */
@Path("/organizations")
@Produces(MediaType.APPLICATION_JSON)
interface KeycloakOrganizations extends AutoCloseable {

    @GET
    List<Organization> list(@QueryParam("briefRepresentation") boolean briefRepresentation,
            @QueryParam("first") int first, @QueryParam("max") int max,
            @HeaderParam("Authorization") String authorization);
}
