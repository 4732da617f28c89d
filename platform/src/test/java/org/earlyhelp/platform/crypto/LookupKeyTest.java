package org.earlyhelp.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.earlyhelp.platform.test.PostgresTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Decision 0066: a lookup value is HMAC-SHA256 under the service's own lookup key, the same for the same value and field
 * on every call, unrelated across fields; a data key rotation leaves it as it was, and the key is wrapped again only
 * when the master key has a new primary.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class LookupKeyTest {

    @Inject
    LookupKey lookupKey;

    @Inject
    Resealing resealing;

    @Test
    void theSameValueGivesTheSameLookupValueAndAnotherFieldAnother() {
        String value = lookupKey.of("nhs-number", "9434765919");

        assertThat(value).matches("[0-9a-f]{64}").doesNotContain("9434765919")
                .isEqualTo(lookupKey.of("nhs-number", "9434765919"))
                .isNotEqualTo(lookupKey.of("nhs-number", "9434765870"))
                .isNotEqualTo(lookupKey.of("another-field", "9434765919"));
    }

    @Test
    void aDataKeyRotationLeavesLookupValuesAsTheyWere() {
        String before = lookupKey.of("nhs-number", "9434765919");

        resealing.rotateNow();
        resealing.run();

        assertThat(lookupKey.of("nhs-number", "9434765919")).isEqualTo(before);
        assertThat(lookupKey.rewrapIfNeeded()).as("already wrapped by the master key's primary").isFalse();
    }
}
