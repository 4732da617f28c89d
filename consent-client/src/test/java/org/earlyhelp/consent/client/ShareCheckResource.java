package org.earlyhelp.consent.client;

import java.util.Set;
import java.util.UUID;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.security.Authenticated;

/** Stands in for a service that checks consent before sharing, on behalf of its signed-in caller. */
@Path("/test/share-check")
@Authenticated
class ShareCheckResource {

    private final ConsentClient consent;

    ShareCheckResource(ConsentClient consent) {
        this.consent = consent;
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public SharingDecision check(@QueryParam("person") UUID person) {
        return consent.decide(question(person));
    }

    static SharingQuestion question(UUID person) {
        return new SharingQuestion(person, "brightstart-family-support", Purpose.TEAM_AROUND_FAMILY,
                Set.of(DataCategory.IDENTITY, DataCategory.CONCERNS));
    }
}
