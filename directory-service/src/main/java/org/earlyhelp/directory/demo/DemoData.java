package org.earlyhelp.directory.demo;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.earlyhelp.directory.DirectoryConfig;
import org.earlyhelp.directory.importing.FeedImport;
import org.earlyhelp.directory.oruk.Oruk;
import org.earlyhelp.directory.search.Postcodes;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;

/**
 * Loads the Northshire demo directory at start-up when {@code earlyhelp.directory.demo-data=true}.
 * It goes through the feed import (schema-validated, one transaction) and adds only what is
 * missing, so restarts change nothing and an admin's edits to demo records survive.
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
        List<Oruk.Service> feed = NorthshireDirectory.feed(postcode -> Postcodes.normalise(postcode)
                .flatMap(key -> postcodes.locate(key, null))
                .map(point -> new double[] {point.latitude(), point.longitude()}).orElse(null));
        FeedImport.Report report = importer.importFeed(json.valueToTree(feed), true);
        LOG.infof("Northshire demo directory: %d of %d services added", report.services(), feed.size());
    }
}
