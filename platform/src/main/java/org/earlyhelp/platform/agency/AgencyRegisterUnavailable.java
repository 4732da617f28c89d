package org.earlyhelp.platform.agency;

/** The register has never been read from Keycloak (since this service started), so no agency can be looked up. */
public class AgencyRegisterUnavailable extends RuntimeException {

    AgencyRegisterUnavailable() {
        super("The agency register has not been read from Keycloak yet");
    }
}
