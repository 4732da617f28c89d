package org.earlyhelp.platform.events;

/**
 * Supplies the access token a {@link FeedConsumer} reads its feed with: the service's own
 * account (client credentials), which holds a service role on the producer. The platform's
 * default is {@link ServiceAccountFeedCredentials}; a test may provide another bean. It is asked
 * before every feed request, so it may cache and refresh as it likes.
 */
public interface FeedCredentials {

    /** The bearer token (without the {@code Bearer } prefix) for the named consumer's feed requests. */
    String bearerToken(String consumer);
}
