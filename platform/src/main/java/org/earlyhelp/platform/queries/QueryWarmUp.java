package org.earlyhelp.platform.queries;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Parses every {@link HotQueries} query once at start, on one thread, so that Hibernate's query cache holds them and
 * its HQL parser has built its prediction tables before the first requests.
 *
 * <p>Without it the first burst of requests parsed the same HQL on every worker at once, each building the parser's
 * tables for itself: a cold case-service allocated about 600 MB in its first five seconds of caseload requests, most
 * of it parser state, and its heap grew from 64 to over 100 MB and stayed there (issue 11, docs/performance.md).
 * A query that does not parse stops the start, as it would have failed its first request.
 */
@ApplicationScoped
class QueryWarmUp {

    private static final Logger LOG = Logger.getLogger(QueryWarmUp.class);

    void parseAtStart(@Observes StartupEvent started, Instance<HotQueries> hot, Instance<EntityManagerFactory> factory) {
        if (hot.isUnsatisfied() || factory.isUnsatisfied()) {
            return;
        }
        long begin = System.nanoTime();
        int parsed = 0;
        EntityManager entityManager = factory.get().createEntityManager();
        try {
            for (HotQueries queries : hot) {
                for (Map.Entry<String, Class<?>> query : queries.queries().entrySet()) {
                    entityManager.createQuery(query.getKey(), query.getValue());
                    parsed++;
                }
            }
        } finally {
            entityManager.close();
        }
        LOG.infof("Parsed %d hot queries in %d ms", parsed, (System.nanoTime() - begin) / 1_000_000);
    }
}
