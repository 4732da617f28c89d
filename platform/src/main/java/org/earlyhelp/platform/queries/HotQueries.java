package org.earlyhelp.platform.queries;

import java.util.Map;

/**
 * The HQL a service runs on its busiest paths, each with the type it is read as, for {@link QueryWarmUp} to parse
 * before the service takes requests. A service offers it as a bean; it may offer several.
 */
public interface HotQueries {

    /** HQL text, exactly as the service builds it, to the result type it is created with. */
    Map<String, Class<?>> queries();
}
