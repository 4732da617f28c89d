package org.earlyhelp.platform.agency;

import java.util.Comparator;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.earlyhelp.platform.identity.CurrentCaller;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.UnauthorizedException;

/** The agency register for any signed-in caller of an agency: who the partner agencies are, their type and areas. */
@Path("/api/agencies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agency register")
class AgencyResource {

    private final CurrentCaller caller;
    private final AgencyRegister register;

    AgencyResource(CurrentCaller caller, AgencyRegister register) {
        this.caller = caller;
        this.register = register;
    }

    @GET
    @Operation(summary = "List the partner agencies (the realm's Organizations): code, name, type and areas, by code")
    @APIResponse(responseCode = "503", description = "The register has not been read from Keycloak since the service started")
    public Page<Agency> agencies(@BeanParam @Valid PageRequest page) {
        if (!caller.get().hasAgency()) {
            throw new UnauthorizedException("The token does not belong to an agency");
        }
        List<Agency> all = register.all().stream().sorted(Comparator.comparing(Agency::code)).toList();
        int from = (int) Math.min(all.size(), (long) page.offset());
        int to = Math.min(all.size(), from + page.size());
        return new Page<>(all.subList(from, to), page.page(), page.size(), all.size());
    }
}
