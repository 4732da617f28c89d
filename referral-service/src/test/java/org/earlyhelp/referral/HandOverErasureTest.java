package org.earlyhelp.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import jakarta.inject.Inject;

import org.earlyhelp.platform.crypto.PersonalData;
import org.earlyhelp.platform.dataprotection.RetentionJob;
import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** An escalated referral goes, when its time is up, with its hand-over, the hub's and the front door's words and its events. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class HandOverErasureTest {

    @Inject
    RetentionJob retention;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    PersonalData personalData;

    @Test
    void anEscalatedReferralGoesWithItsHandOver() throws Exception {
        String marker = ReferralRetentionTest.marker();
        String referral = Api.submitted(Agencies.teacher(), Referrals.child("Jayden", marker).build());
        Api.act(Agencies.hubScreener(), referral, "escalate", Map.of("reason", "Harm disclosed, says " + marker)).statusCode(200);
        String handOver = HandOverToSocialCareTest.handOverOf(HandOverToSocialCareTest.duty(), referral);
        HandOverToSocialCareTest.acknowledge(HandOverToSocialCareTest.duty(), handOver).statusCode(200);
        HandOverToSocialCareTest.outcome(HandOverToSocialCareTest.duty(), handOver,
                Map.of("outcome", "s47-enquiry", "note", "Enquiry opened about " + marker)).statusCode(200);

        assertThat(retention.run(Instant.now().atOffset(ZoneOffset.UTC).plusYears(3).plusDays(2).toInstant(), false).records())
                .anySatisfy(record -> assertThat(record.recordId()).isEqualTo(referral));

        DataProtectionChecks.nowhere(dataSource, personalData, marker);
        HandOverToSocialCareTest.read(HandOverToSocialCareTest.duty(), handOver).statusCode(404);
        assertThat(DataProtectionChecks.eventTypesAbout(handOver)).isEmpty();
    }
}
