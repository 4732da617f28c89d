package org.earlyhelp.platform.events;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.platform.access.Reach;
import org.earlyhelp.platform.identity.Caller;

import io.quarkus.arc.DefaultBean;

/**
 * The default feed access: a service account holding one of the configured service roles reads
 * every event; anyone else (people, partner-agency systems) reads the events addressed to what its
 * {@link Reach} covers: its agency through a working role, the hub's areas through hub-triage.
 * Default deny: a directory admin or an auditor reaches no record, so reads no event.
 */
@ApplicationScoped
@DefaultBean
class AudienceFeedAccess implements FeedAccess {

    private final Set<String> serviceRoles;
    private final boolean partnerSystems;

    AudienceFeedAccess(EventsConfig config) {
        this.serviceRoles = config.feed().serviceRoles();
        this.partnerSystems = config.feed().partnerSystems();
    }

    @Override
    public FeedFilter filterFor(Caller caller) {
        if (!caller.partnerSystem() && caller.roles().stream().anyMatch(serviceRoles::contains)) {
            return FeedFilter.allEvents();
        }
        if (caller.partnerSystem() && !partnerSystems) {
            return FeedFilter.noEvents();
        }
        return FeedFilter.addressedTo(Reach.of(caller).keys());
    }
}
