package org.earlyhelp.platform.agency;

import java.util.List;
import java.util.Optional;

/**
 * The only source of an agency's type and areas (ARCHITECTURE §3, "one agency register"): the
 * realm's Organizations. Nothing takes an agency's type from configuration or from a request.
 */
public interface AgencyRegister {

    /** The agency with this code, if the realm has it. */
    Optional<Agency> find(String code);

    /** Every agency, by code. */
    List<Agency> all();
}
