package org.earlyhelp.platform.agency;

import java.util.Set;

/** The agency types of DOMAIN.md ("Agencies"): the vocabulary an agency's type and a consent's recipient types use. */
public final class AgencyTypes {

    public static final Set<String> ALL = Set.of("police", "local-authority", "health", "mental-health", "education",
            "dwp", "substance-misuse", "housing", "victim-support", "probation", "youth-justice", "charity");

    private AgencyTypes() {
    }
}
