package org.earlyhelp.directory.demo;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.earlyhelp.directory.DirectoryConfig;
import org.earlyhelp.directory.importing.FeedImport;
import org.earlyhelp.directory.location.Location;
import org.earlyhelp.directory.organization.Organization;
import org.earlyhelp.directory.oruk.Oruk;
import org.earlyhelp.directory.search.Postcodes;
import org.earlyhelp.directory.service.Service;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Loads the Northshire demo directory at start-up when {@code earlyhelp.directory.demo-data=true}.
 * It goes through the feed import (schema-validated, one transaction) and adds only what is
 * missing, so restarts change nothing and an admin's edits to demo records survive. When every
 * demo service, organisation and location is already there (any restart) the import is skipped:
 * it would add nothing, and validating the feed costs about a second of start-up.
 */
@ApplicationScoped
class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    private final DirectoryConfig config;
    private final FeedImport importer;
    private final Postcodes postcodes;
    private final ObjectMapper json;

    DemoData(DirectoryConfig config, FeedImport importer, Postcodes postcodes, ObjectMapper json) {
        this.config = config;
        this.importer = importer;
        this.postcodes = postcodes;
        this.json = json;
    }

    void load(@Observes StartupEvent started) {
        if (!config.demoData()) {
            return;
        }
        // The records' ids do not depend on where a postcode is, so no postcode lookups for this check.
        List<Oruk.Service> outline = NorthshireDirectory.feed(postcode -> null);
        if (QuarkusTransaction.joiningExisting().call(() -> allPresent(outline))) {
            LOG.infof("Northshire demo directory: all %d services already there", outline.size());
            return;
        }
        List<Oruk.Service> feed = NorthshireDirectory.feed(postcode -> Postcodes.normalise(postcode)
                .flatMap(key -> postcodes.locate(key, null))
                .map(point -> new double[] {point.latitude(), point.longitude()}).orElse(null));
        FeedImport.Report report = importer.importFeed(json.valueToTree(feed), true);
        LOG.infof("Northshire demo directory: %d of %d services added", report.services(), feed.size());
    }

    private static boolean allPresent(List<Oruk.Service> feed) {
        Set<UUID> services = feed.stream().map(Oruk.Service::id).collect(Collectors.toSet());
        Set<UUID> organizations = feed.stream().map(Oruk.Service::organizationId).collect(Collectors.toSet());
        Set<UUID> locations = feed.stream().flatMap(service -> service.serviceAtLocations().stream())
                .map(Oruk.ServiceAtLocation::locationId).collect(Collectors.toSet());
        return Service.count("id in ?1", services) == services.size()
                && Organization.count("id in ?1", organizations) == organizations.size()
                && Location.count("id in ?1", locations) == locations.size();
    }
}
