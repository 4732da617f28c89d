package org.earlyhelp.platform.test;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A start of the service of its own with Hibernate's statistics on, for tests that count what Hibernate did (for
 * instance which HQL it compiled, and when).
 */
public class HibernateStatistics implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.hibernate-orm.statistics", "true");
    }
}
