package org.earlyhelp.referral.directory;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The directory's public Open Referral UK 3.0 API, only the part this service reads. */
@RegisterRestClient(configKey = "directory")
@Path("/oruk")
interface OrukApi {

    @GET
    @Path("/services/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    Service service(@PathParam("id") UUID id);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Service(UUID id, String name, Organization organization) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Organization(UUID id, String name,
            @JsonProperty("organization_identifiers") List<Identifier> organizationIdentifiers) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Identifier(@JsonProperty("identifier_scheme") String identifierScheme, String identifier) {
    }
}
