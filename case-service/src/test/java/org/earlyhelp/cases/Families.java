package org.earlyhelp.cases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Test families as referral-service announces them: {@code referral.accepted} data, built small. */
public final class Families {

    private Families() {
    }

    /** An accepted referral: a child (and a parent) in Eastmere, led by health visiting unless changed. */
    public static Accepted accepted() {
        return new Accepted();
    }

    public static final class Accepted {

        public final UUID referralId = UUID.randomUUID();
        public final UUID child = UUID.randomUUID();
        public final UUID parent = UUID.randomUUID();
        private String referringAgency = Agencies.POLICE;
        private String leadAgency = Agencies.HEALTH_VISITING;
        private String area = "eastmere";
        private List<String> concerns = new ArrayList<>(List.of("domestic-abuse", "early-years"));

        public Accepted ledBy(String agency) {
            this.leadAgency = agency;
            return this;
        }

        public Accepted referredBy(String agency) {
            this.referringAgency = agency;
            return this;
        }

        public Accepted in(String district) {
            this.area = district;
            return this;
        }

        public Accepted concerns(String... categories) {
            this.concerns = List.of(categories);
            return this;
        }

        public Map<String, Object> data() {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("referralId", referralId.toString());
            data.put("referringAgency", referringAgency);
            data.put("leadAgency", leadAgency);
            data.put("area", area);
            data.put("personIds", List.of(child.toString(), parent.toString()));
            data.put("childPersonIds", List.of(child.toString()));
            data.put("children", List.of(Map.of("personId", child.toString(), "displayName", "Ava Whitfield")));
            data.put("concernCategories", concerns);
            return data;
        }

        /** The same referral as {@code referral.submitted} announced it. */
        public Map<String, Object> submittedData() {
            Map<String, Object> data = new LinkedHashMap<>(data());
            data.remove("leadAgency");
            data.remove("children");
            return data;
        }
    }
}
