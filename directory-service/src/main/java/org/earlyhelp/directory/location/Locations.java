package org.earlyhelp.directory.location;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;

import org.earlyhelp.directory.change.ChangeLog;
import org.earlyhelp.platform.audit.AuditAction;
import org.earlyhelp.platform.web.ETags;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;

import io.quarkus.panache.common.Parameters;

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

    /** One page of the locations, by name; {@code search} finds words in the name or a postcode of its addresses. */
    public Page<Location> list(String search, PageRequest page) {
        String where = "";
        Parameters parameters = new Parameters();
        if (search != null && !search.isBlank()) {
            where = " where lower(l.name) like :text or exists (select a from Address a where a.location = l"
                    + " and lower(a.postalCode) like :text)";
            parameters = Parameters.with("text", "%" + search.trim().toLowerCase(Locale.ROOT) + "%");
        }
        long total = Location.count("select count(l) from Location l" + where, parameters);
        List<Location> locations = Location.<Location>find("select l from Location l" + where + " order by l.name, l.id",
                parameters).page(page.page(), page.size()).list();
        return new Page<>(locations, page.page(), page.size(), total);
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
