package org.earlyhelp.directory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small builders for admin request bodies (camelCase JSON, as every /api operation takes it). */
public final class Forms {

    /** Ids seeded by migration V2 and the demo directory (UUID v3 of their names). */
    public static final String NEED_HOUSING = "a6de9798-eea7-33fb-b1b2-4985a1ba45a4";
    public static final String TYPE_FAMILY_SUPPORT = "a3e6cae1-4d1c-31fc-8976-cc01b8cd727a";
    public static final String TYPE_PARENTING = "e654cc05-02a0-344f-94d7-bf3500129fe7";
    public static final String NEEDS_TAXONOMY = "3fca0ac7-139b-342a-8bb5-51563eb9617e";
    public static final String BRIGHTSTART = "636ae5b4-88c4-3c7b-a575-dbd1a5549a5c";

    private Forms() {
    }

    public static Map<String, Object> organization(String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("description", name + " helps families in Northshire.");
        body.put("website", "https://example.org/" + name.toLowerCase().replace(' ', '-'));
        return body;
    }

    public static Map<String, Object> location(String name, double latitude, double longitude) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("locationType", "physical");
        body.put("name", name);
        body.put("latitude", latitude);
        body.put("longitude", longitude);
        body.put("addresses", List.of(Map.of("address1", "1 Test Street", "city", "Eastmere", "stateProvince", "Northshire",
                "postalCode", "NS1 1EJ", "country", "GB", "addressType", "physical")));
        return body;
    }

    /** A service builder: {@code Forms.service(orgId, "Name").ages(5, 11).district("eastmere").build()}. */
    public static ServiceBody service(String organizationId, String name) {
        return new ServiceBody(organizationId, name);
    }

    public static final class ServiceBody {

        private final Map<String, Object> body = new LinkedHashMap<>();
        private final List<Map<String, Object>> areas = new ArrayList<>();
        private final List<Map<String, Object>> sites = new ArrayList<>();
        private final List<Map<String, Object>> attributes = new ArrayList<>();

        ServiceBody(String organizationId, String name) {
            body.put("organizationId", organizationId);
            body.put("name", name);
            body.put("description", "Help from " + name);
        }

        public ServiceBody description(String description) {
            body.put("description", description);
            return this;
        }

        public ServiceBody ages(Integer minimum, Integer maximum) {
            body.put("minimumAge", minimum);
            body.put("maximumAge", maximum);
            return this;
        }

        public ServiceBody district(String code) {
            areas.add(Map.of("name", code, "district", code));
            return this;
        }

        public ServiceBody at(String locationId) {
            sites.add(Map.of("locationId", locationId));
            return this;
        }

        public ServiceBody term(String termId) {
            attributes.add(Map.of("taxonomyTermId", termId));
            return this;
        }

        public Map<String, Object> build() {
            Map<String, Object> built = new LinkedHashMap<>(body);
            built.put("serviceAreas", areas);
            built.put("serviceAtLocations", sites);
            built.put("attributes", attributes);
            return built;
        }
    }
}
