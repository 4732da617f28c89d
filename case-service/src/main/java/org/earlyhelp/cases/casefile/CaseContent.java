package org.earlyhelp.cases.casefile;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.earlyhelp.consent.client.DataCategory;

/**
 * What of a case's content one reader sees, by consent-service's data categories (decision 0057). The lead
 * agency and the hub's screeners for the case's area see the whole case; a team member sees the content of
 * the categories its membership carries, and what its own agency wrote or owns. The family's identity and
 * contact, the team, the lead and the case's dates come with every membership and have no category here.
 *
 * @param agency     the reader's agency (through a working role), or {@code null}
 * @param categories the categories the reader's memberships carry (ignored when {@code whole})
 */
public record CaseContent(boolean whole, String agency, Set<DataCategory> categories) {

    /** The categories of content a membership may carry; identity and contact come with every membership. */
    public static final Set<DataCategory> CONTENT = Set.copyOf(EnumSet.of(DataCategory.CONCERNS, DataCategory.HEALTH,
            DataCategory.EDUCATION, DataCategory.POLICE_INFORMATION, DataCategory.CASE_NOTES));

    /** What a member must be permitted whatever else it sees: who the family are and how to reach them. */
    public static final Set<DataCategory> EVERY_MEMBER = Set.copyOf(EnumSet.of(DataCategory.IDENTITY, DataCategory.CONTACT));

    public CaseContent {
        categories = categories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(categories));
    }

    /** The whole case: the lead agency's and the hub's reading. */
    public static CaseContent whole(String agency) {
        return new CaseContent(true, agency, CONTENT);
    }

    /** Whether the reader sees content of {@code category}. */
    public boolean covers(DataCategory category) {
        return whole || categories.contains(category);
    }

    /** Whether the reader sees content of {@code category} that {@code ownAgency} wrote or owns: its own agency's always. */
    public boolean covers(DataCategory category, String ownAgency) {
        return covers(category) || (agency != null && agency.equals(ownAgency));
    }

    /**
     * The category of what an agency of {@code agencyType} writes or does about a family (its plan actions): police and
     * the justice agencies' is police information, health services' health, schools' education; any other agency's is
     * the concerns the team shares.
     */
    public static DataCategory ofAgencyType(String agencyType) {
        if (agencyType == null) {
            return DataCategory.CONCERNS;
        }
        return switch (agencyType) {
            case "police", "probation", "youth-justice" -> DataCategory.POLICE_INFORMATION;
            case "health", "mental-health", "substance-misuse" -> DataCategory.HEALTH;
            case "education" -> DataCategory.EDUCATION;
            default -> DataCategory.CONCERNS;
        };
    }

    /**
     * The content categories a member of {@code agencyType} needs for its role, when the lead names none: the concerns
     * and the chronology every member works with, and its own field's category.
     */
    public static Set<DataCategory> defaultsFor(String agencyType) {
        Set<DataCategory> defaults = EnumSet.of(DataCategory.CONCERNS, DataCategory.CASE_NOTES, ofAgencyType(agencyType));
        return Set.copyOf(defaults);
    }

    /** The category written as {@code code} (consent-service's code), if it is one. */
    public static Optional<DataCategory> category(String code) {
        return Arrays.stream(DataCategory.values()).filter(category -> category.code().equals(code)).findFirst();
    }

    /** The categories written as {@code codes}; codes this service does not know are left out. */
    public static Set<DataCategory> categories(Collection<String> codes) {
        Set<DataCategory> found = EnumSet.noneOf(DataCategory.class);
        codes.forEach(code -> category(code).ifPresent(found::add));
        return found;
    }

    /** {@code categories} as their codes, in the vocabulary's order. */
    public static List<String> codes(Collection<DataCategory> categories) {
        return categories.isEmpty() ? List.of() : EnumSet.copyOf(categories).stream().map(DataCategory::code).toList();
    }
}
