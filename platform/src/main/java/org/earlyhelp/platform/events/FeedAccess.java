package org.earlyhelp.platform.events;

import org.earlyhelp.platform.identity.Caller;

/**
 * Decides which of this service's events a caller may read on its feed. The platform's default
 * lets an agency read the events addressed to it and service consumers read everything; a
 * service with other rules provides its own bean, which replaces the default.
 *
 * <p>The answer is a {@link FeedFilter}, applied in the feed's SQL query so that paging and
 * cursors stay correct (filtering after paging would lose events or stall).
 */
public interface FeedAccess {

    FeedFilter filterFor(Caller caller);
}
