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


    /** Another accepted referral about the child of {@code earlier} (the same person id), with a parent of its own. */
    public static Accepted aboutTheChildOf(Accepted earlier) {
        return new Accepted(earlier.child);
    }

    public static final class Accepted {

        public final UUID referralId = UUID.randomUUID();
        public final UUID child;
        public final UUID parent = UUID.randomUUID();
        private UUID joinCaseId;

        private Accepted() {
            this(UUID.randomUUID());
        }

        private Accepted(UUID child) {
            this.child = child;
        }

        /** The hub chose to join the child's open case {@code caseId}. */
        public Accepted joining(String caseId) {
            this.joinCaseId = UUID.fromString(caseId);
            return this;
        }
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
            data.put("children", List.of(Map.of("personId", child.toString(), "displayName", "Ava Whitfield", "givenName", "Ava",
                    "familyName", "Whitfield", "dateOfBirth", "2019-06-14")));
            data.put("concernCategories", concerns);
            data.put("household", List.of(Map.of("personId", parent.toString(), "givenName", "Donna", "familyName", "Whitfield",
                    "dateOfBirth", "1988-02-03", "relationship", "mother")));
            if (joinCaseId != null) {
                data.put("joinCaseId", joinCaseId.toString());
            }
            return data;
        }

        /** The same referral as {@code referral.submitted} announced it. */
        public Map<String, Object> submittedData() {
            Map<String, Object> data = new LinkedHashMap<>(data());
            data.remove("leadAgency");
            data.remove("children");
            data.remove("household");
            data.remove("joinCaseId");
            return data;
        }
    }
}
