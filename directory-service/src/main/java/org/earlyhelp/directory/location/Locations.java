package org.earlyhelp.directory.location;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;

import org.earlyhelp.directory.change.ChangeLog;
import org.earlyhelp.platform.audit.AuditAction;
import org.earlyhelp.platform.web.ETags;

/** Creating and changing locations. */
@ApplicationScoped
@Transactional
public class Locations {

    static final String RESOURCE = "location";

    private final ChangeLog changes;

    Locations(ChangeLog changes) {
        this.changes = changes;
    }

    public Location get(UUID id) {
        return Location.<Location>findByIdOptional(id).orElseThrow(() -> new NotFoundException("No location with id " + id));
    }

    public Location create(UUID id, LocationForm form) {
        if (Location.findByIdOptional(id).isPresent()) {
            throw new ClientErrorException("A location with id " + id + " already exists", 409);
        }
        check(form);
        Location location = Location.create(id, form);
        location.persistAndFlush();
        changes.record(AuditAction.CREATE, RESOURCE, id);
        return location;
    }

    public Location update(UUID id, String ifMatch, LocationForm form) {
        Location location = get(id);
        ETags.require(ifMatch, location.version);
        check(form);
        location.apply(form);
        location.flush();
        changes.record(AuditAction.UPDATE, RESOURCE, id);
        return location;
    }

    /** Import: the feed's version of the location replaces the directory's. */
    public Location replace(UUID id, LocationForm form) {
        Location location = Location.<Location>findByIdOptional(id).orElse(null);
        if (location == null) {
            return create(id, form);
        }
        check(form);
        location.apply(form);
        location.flush();
        changes.record(AuditAction.UPDATE, RESOURCE, id);
        return location;
    }

    private static void check(LocationForm form) {
        if ((form.latitude() == null) != (form.longitude() == null)) {
            throw new ClientErrorException("latitude and longitude go together: give both or neither", 422);
        }
    }
}
