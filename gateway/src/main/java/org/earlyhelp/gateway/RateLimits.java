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

    /** Takes one request from the client's bucket; empty if allowed, else the seconds until it may retry. */
    OptionalLong take(RouteTable.Route route, String client) {
        GatewayConfig.RateLimit limit = route.target().rateLimit().orElse(config.rateLimit());
        Bucket bucket = buckets.get(route.backend() + "|" + client, key -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit.requests())
                        .refillGreedy(limit.requests(), limit.period()).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1));
    }
}
