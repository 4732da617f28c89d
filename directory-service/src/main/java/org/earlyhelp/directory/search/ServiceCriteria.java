package org.earlyhelp.directory.search;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.earlyhelp.directory.service.ServiceStatus;

/**
 * What a search for services asks, every part optional and all of them combined with AND.
 *
 * @param text          free text: full-text over name, organisation and description; a misspelt word also
 *                      searches the directory's most similar words, so that it still finds its service
 * @param statuses      the statuses to include (by default active and temporarily closed)
 * @param termSets      each set is one term filter (a term and its descendants, a need category, every term of a
 *                      taxonomy): a service must carry a term of every set
 * @param age           a child's age the service's minimum/maximum age range must cover
 * @param district      a district code one of the service's areas must name
 */
public record ServiceCriteria(String text, Set<ServiceStatus> statuses, UUID organizationId, Instant modifiedAfter,
        List<Set<UUID>> termSets, Integer age, String district) {

    public static final Set<ServiceStatus> LISTED = Set.of(ServiceStatus.ACTIVE, ServiceStatus.TEMPORARILY_CLOSED);

    public ServiceCriteria {
        text = text == null || text.isBlank() ? null : text.strip();
        statuses = statuses == null || statuses.isEmpty() ? LISTED : Set.copyOf(statuses);
        termSets = termSets == null ? List.of() : List.copyOf(termSets);
    }

    public static ServiceCriteria listed() {
        return new ServiceCriteria(null, null, null, null, null, null, null);
    }

    /** Whether anything narrows the search beyond the statuses. */
    public boolean isFiltered() {
        return text != null || organizationId != null || modifiedAfter != null || !termSets.isEmpty() || age != null
                || district != null;
    }

    public ServiceCriteria withText(String newText) {
        return new ServiceCriteria(newText, statuses, organizationId, modifiedAfter, termSets, age, district);
    }
}
