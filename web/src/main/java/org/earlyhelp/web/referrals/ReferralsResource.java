package org.earlyhelp.web.referrals;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.earlyhelp.web.gateway.Gateway;
import org.earlyhelp.web.pages.Answers;
import org.earlyhelp.web.pages.ApiPages;
import org.earlyhelp.web.security.Viewer;

import io.quarkus.qute.Template;

/**
 * My agency's referrals (what referral-service lets this person see, paged) and a referral's page: what was referred,
 * where it stands, its deadline and history; for the hub, the triage tools beside it.
 */
@Path("/referrals")
@Produces(MediaType.TEXT_HTML)
class ReferralsResource {

    static final int PAGE_SIZE = 20;

    private final Gateway gateway;
    private final Viewer viewer;
    private final Template referrals;
    private final Template error;
    private final ReferralPage page;

    ReferralsResource(Gateway gateway, Viewer viewer, Template referrals, Template error, ReferralPage page) {
        this.gateway = gateway;
        this.viewer = viewer;
        this.referrals = referrals;
        this.error = error;
        this.page = page;
    }

    @GET
    public Response list(@QueryParam("page") Integer page) {
        return ApiPages.list(gateway, "/api/referrals", page, PAGE_SIZE, referrals, error);
    }

    @GET
    @Path("{id}")
    public Response show(@PathParam("id") String id, @QueryParam("serviceSearch") String serviceSearch,
            @QueryParam("decided") String decided) {
        return page.render(id, serviceSearch, new Answers(), new Answers(), 200, decided);
    }
}
