/**
 * Queries parsed before a service takes requests. A service offers the HQL of its busiest paths as a
 * {@link org.earlyhelp.platform.queries.HotQueries} bean, built by the same code that runs them; at
 * start the platform parses each once, on one thread, into Hibernate's query cache (decision 0023).
 */
package org.earlyhelp.platform.queries;
