package org.earlyhelp.referral.onward;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What an onward referral carries, from consent-service's answers. The rules, from DOMAIN.md
 * ("only the data the consent decision permits is shared"; share only what is necessary) and
 * ARCHITECTURE §3 (every share with an agency not yet taking part needs a permit; no answer is a
 * deny): a person goes only with an identity permit; contact details only with a contact permit;
 * the concerns only with a permit about a child who goes; nobody permitted means it waits.
 */
class SharePolicyTest {

    private static final UUID PERSON = UUID.randomUUID();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                               | child | identity | contact | concerns | goes  | with contact | concerns go
            a child with every permit goes whole                 | true  | true     | true    | true     | true  | true         | true
            identity alone: name and dates, no address or school | true  | true     | false   | false    | true  | false        | false
            a child's concerns without contact                   | true  | true     | false   | true     | true  | false        | true
            no identity permit: nothing about them goes          | true  | false    | true    | true     | false | false        | false
            an adult goes with contact details                   | false | true     | true    | false    | true  | true         | false
            concerns are a child's: an adult's permit adds none  | false | true     | true    | true     | true  | true         | false
            consent-service unanswered is a deny                 | false | false    | false   | false    | false | false        | false
            """)
    void onePerson(String rule, boolean child, boolean identity, boolean contact, boolean concerns, boolean goes,
            boolean withContact, boolean concernsGo) {
        SharePolicy.Share share = SharePolicy.decide(List.of(new SharePolicy.Answers(PERSON, child, identity, contact, concerns)));

        assertThat(share.people().contains(PERSON)).as("goes").isEqualTo(goes);
        assertThat(share.withContact().contains(PERSON)).as("with contact").isEqualTo(withContact);
        assertThat(share.concerns()).as("concerns go").isEqualTo(concernsGo);
        assertThat(share.waits()).as("waits").isEqualTo(!goes);
        assertThat(share.withheld()).as("withheld").isEqualTo(goes ? 0 : 1);
    }

    @Test
    void aFamilyGoesAsFarAsEachPersonIsPermittedAndTheReceiverLearnsHowManyWereWithheld() {
        UUID child = UUID.randomUUID();
        UUID mother = UUID.randomUUID();
        UUID partner = UUID.randomUUID();

        SharePolicy.Share share = SharePolicy.decide(List.of(
                SharePolicy.Answers.identityRefused(child, true),
                new SharePolicy.Answers(mother, false, true, true, false),
                new SharePolicy.Answers(partner, false, true, false, false)));

        assertThat(share.people()).containsExactly(mother, partner);
        assertThat(share.withContact()).containsExactly(mother);
        assertThat(share.concerns()).as("the only child may not be named, so neither may their concerns").isFalse();
        assertThat(share.withheld()).isEqualTo(1);
    }

    @Test
    void withNobodyPermittedItWaits() {
        SharePolicy.Share share = SharePolicy.decide(List.of(SharePolicy.Answers.identityRefused(UUID.randomUUID(), true),
                SharePolicy.Answers.identityRefused(UUID.randomUUID(), false)));

        assertThat(share.waits()).isTrue();
        assertThat(share.withheld()).isEqualTo(2);
    }
}
