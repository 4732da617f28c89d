package org.earlyhelp.gateway;

import java.time.Duration;
import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Token buckets (Bucket4j) per backend and client, held in this gateway's memory. With several
 * gateway replicas each keeps its own buckets, so a client may get up to N × the limit; see
 * docs/decisions/0005-gateway.md for what to change then.
 */
@ApplicationScoped
class RateLimits {

    private final GatewayConfig config;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();

    RateLimits(GatewayConfig config) {
        this.config = config;
    }

    /**
     * What a request took from its caller's quota, as the IETF RateLimit header fields say it
     * (draft-ietf-httpapi-ratelimit-headers): the policy ({@code q} requests per {@code w} seconds), what is left
     * ({@code r}) and the seconds until the quota is whole again ({@code t}); when refused, the seconds to wait.
     */
    record Taken(int quota, long window, long remaining, long reset, OptionalLong retryAfter) {

        static final String POLICY = "\"default\"";

        String policyHeader() {
            return POLICY + ";q=" + quota + ";w=" + window;
        }

        String rateLimitHeader() {
            return POLICY + ";r=" + remaining + ";t=" + reset;
        }
    }

    /** Takes one request from the client's bucket. */
    Taken take(RouteTable.Route route, String client) {
        GatewayConfig.RateLimit limit = route.target().rateLimit().orElse(config.rateLimit());
        Bucket bucket = buckets.get(route.backend() + "|" + client, key -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit.requests())
                        .refillGreedy(limit.requests(), limit.period()).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        long remaining = probe.getRemainingTokens();
        long window = limit.period().toSeconds();
        long reset = ceilSeconds(limit.period().toNanos() * (limit.requests() - remaining) / limit.requests());
        OptionalLong retryAfter = probe.isConsumed() ? OptionalLong.empty()
                : OptionalLong.of(Math.max(1, ceilSeconds(probe.getNanosToWaitForRefill())));
        return new Taken(limit.requests(), window, remaining, reset, retryAfter);
    }

    private static long ceilSeconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }
}
