package org.earlyhelp.consent;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.earlyhelp.platform.agency.Agency;
import org.earlyhelp.platform.agency.AgencyRegister;

import io.quarkus.test.Mock;

/** The agency register as the tests' realm has it: the demo agencies of {@link Staff}, with their types and areas. */
@Mock
public class TestAgencyRegister implements AgencyRegister {

    private static final List<String> NORTHSHIRE = List.of("eastmere", "westbrook", "kingsfold");

    private static final Map<String, Agency> AGENCIES = new TreeMap<>(Map.of(
            "northshire-police", new Agency("northshire-police", "Northshire Police", "police", NORTHSHIRE),
            "northshire-early-help", new Agency("northshire-early-help", "Northshire Early Help Hub", "local-authority", NORTHSHIRE),
            "northshire-health-visiting", new Agency("northshire-health-visiting", "Northshire Health Visiting", "health", NORTHSHIRE),
            "northshire-recovery", new Agency("northshire-recovery", "Northshire Recovery", "substance-misuse", NORTHSHIRE),
            "brightstart-family-support", new Agency("brightstart-family-support", "BrightStart Family Support", "charity",
                    List.of("eastmere", "westbrook")),
            "dwp-northshire", new Agency("dwp-northshire", "DWP Northshire", "dwp", NORTHSHIRE),
            "kingsfold-housing", new Agency("kingsfold-housing", "Kingsfold Housing", "housing", List.of("kingsfold")),
            "eastmere-academy", new Agency("eastmere-academy", "Eastmere Academy", "education", List.of("eastmere"))));

    @Override
    public Optional<Agency> find(String code) {
        return Optional.ofNullable(AGENCIES.get(code));
    }

    @Override
    public List<Agency> all() {
        return List.copyOf(AGENCIES.values());
    }
}
