package org.earlyhelp.platform.events;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.platform.identity.Caller;

import io.quarkus.arc.DefaultBean;

/**
 * The default feed access: a service account holding one of the configured service roles reads
 * every event; anyone else (people, partner-agency systems) reads the events addressed to their
 * agency. Default deny: no agency, no events.
 */
@ApplicationScoped
@DefaultBean
class AudienceFeedAccess implements FeedAccess {

    private final Set<String> serviceRoles;

    AudienceFeedAccess(EventsConfig config) {
        this.serviceRoles = config.feed().serviceRoles();
    }

    @Override
    public FeedFilter filterFor(Caller caller) {
        if (!caller.partnerSystem() && caller.roles().stream().anyMatch(serviceRoles::contains)) {
            return FeedFilter.allEvents();
        }
        return caller.hasAgency() ? FeedFilter.addressedTo(Set.of(caller.agency())) : FeedFilter.noEvents();
    }
}
