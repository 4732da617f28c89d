package org.earlyhelp.web.pages;

import java.net.URI;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/** The home page (what the signed-in person can do, by role), sign-in and the page after sign-out. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
class HomeResource {

    private final Template home;
    private final Template signedOut;

    HomeResource(Template home, Template signedOut) {
        this.home = home;
        this.signedOut = signedOut;
    }

    @GET
    public TemplateInstance home() {
        return home.instance();
    }

    /** Only signed-in people reach this (quarkus-oidc sends everyone else to Keycloak first). */
    @GET
    @Path("sign-in")
    public Response signIn() {
        return Response.seeOther(URI.create("/")).build();
    }

    @GET
    @Path("signed-out")
    public TemplateInstance signedOut() {
        return signedOut.instance();
    }
}
