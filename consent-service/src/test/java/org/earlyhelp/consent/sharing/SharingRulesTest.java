package org.earlyhelp.consent.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The sharing rules as a decision table. The family's consent permits
 * {@code team-around-family} shares of identity, contact and concerns with charities; the
 * question asks whether BrightStart (a charity) may receive identity and concerns for that purpose.
 * Each row changes one or more things and states the whole answer.
 */
class SharingRulesTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final UUID PERSON = UUID.randomUUID();
    private static final UUID CONSENT = UUID.randomUUID();
    private static final UUID LAWFUL_BASIS = UUID.randomUUID();
    private static final Recipient BRIGHTSTART = new Recipient("brightstart-family-support", "charity");
    private static final Recipient RECOVERY = new Recipient("northshire-recovery", "substance-misuse");

    /*
     * consent:      none | permit (active consent) | refused (the family said no to this scope)
     * state:        in-force | expired | lapsed (period ended, not yet marked) | withdrawn | not-started
     * deny:         with a deny provision on concerns for charities, or without
     * lawful basis: none | in-force | expired | elsewhere (in force, for another recipient)
     * question:     as-given | other-purpose | other-recipient | more-categories (adds health)
     */
    @ParameterizedTest(name = "consent {0} {1}, deny provision {2}, lawful basis {3}, question {4} -> {5} {6}")
    @CsvSource(delimiter = '|', textBlock = """
            # consent | state       | deny  | lawful basis | question        | outcome | reasons
              none    | -           | no    | none         | as-given        | deny    | no-consent
              none    | -           | no    | in-force     | as-given        | permit  | lawful-basis
              none    | -           | no    | expired      | as-given        | deny    | no-consent lawful-basis-expired
              none    | -           | no    | elsewhere    | as-given        | deny    | no-consent
              permit  | in-force    | no    | none         | as-given        | permit  | consent-permits
              permit  | in-force    | no    | none         | other-purpose   | deny    | purpose-not-covered
              permit  | in-force    | no    | none         | other-recipient | deny    | recipient-not-covered
              permit  | in-force    | no    | none         | more-categories | deny    | categories-not-covered
              permit  | in-force    | yes   | none         | as-given        | deny    | consent-denies
              permit  | in-force    | yes   | none         | other-recipient | deny    | recipient-not-covered
              permit  | in-force    | yes   | in-force     | as-given        | permit  | lawful-basis
              permit  | in-force    | no    | in-force     | as-given        | permit  | lawful-basis
              permit  | in-force    | no    | expired      | as-given        | permit  | consent-permits
              permit  | in-force    | no    | elsewhere    | as-given        | permit  | consent-permits
              permit  | in-force    | no    | in-force     | other-recipient | deny    | recipient-not-covered
              permit  | expired     | no    | none         | as-given        | deny    | consent-expired
              permit  | lapsed      | no    | none         | as-given        | deny    | consent-expired
              permit  | lapsed      | yes   | none         | as-given        | deny    | consent-expired
              permit  | expired     | no    | in-force     | as-given        | permit  | lawful-basis
              permit  | expired     | no    | expired      | as-given        | deny    | consent-expired lawful-basis-expired
              permit  | withdrawn   | no    | none         | as-given        | deny    | consent-withdrawn
              permit  | withdrawn   | yes   | none         | as-given        | deny    | consent-withdrawn
              permit  | withdrawn   | no    | in-force     | as-given        | permit  | lawful-basis
              permit  | withdrawn   | no    | elsewhere    | as-given        | deny    | consent-withdrawn
              permit  | not-started | no    | none         | as-given        | deny    | consent-not-yet-in-force
              refused | in-force    | no    | none         | as-given        | deny    | consent-refused
              refused | in-force    | no    | none         | other-recipient | deny    | no-consent
              refused | in-force    | no    | in-force     | as-given        | permit  | lawful-basis
              refused | expired     | no    | none         | as-given        | deny    | consent-expired
              refused | withdrawn   | no    | none         | as-given        | deny    | consent-withdrawn
            """)
    void decides(String consent, String state, String deny, String lawfulBasis, String question, String outcome,
            String reasons) {
        SharingVerdict verdict = SharingRules.decide(question(question), consents(consent, state, deny.equals("yes")),
                lawfulBases(lawfulBasis), NOW);

        assertThat(verdict.outcome()).isEqualTo(Outcome.of(outcome));
        assertThat(verdict.reasons()).containsExactlyInAnyOrderElementsOf(Arrays.stream(reasons.split(" ")).map(Reason::of).toList());
        switch (verdict.reasons().get(0)) {
            case LAWFUL_BASIS -> {
                assertThat(verdict.lawfulBasisId()).isEqualTo(LAWFUL_BASIS);
                assertThat(verdict.lawfulBasisKind()).isEqualTo(LawfulBasisKind.RISK_OF_SIGNIFICANT_HARM);
                assertThat(verdict.consentId()).isNull();
            }
            case CONSENT_PERMITS, CONSENT_DENIES, CONSENT_REFUSED -> {
                assertThat(verdict.consentId()).isEqualTo(CONSENT);
                assertThat(verdict.consentVersion()).isEqualTo(3);
                assertThat(verdict.lawfulBasisId()).isNull();
            }
            default -> {
                assertThat(verdict.consentId()).isNull();
                assertThat(verdict.lawfulBasisId()).isNull();
            }
        }
    }

    @Test
    void denyInOneConsentWinsOverPermitInAnother() {
        ConsentTerms mother = consent(ConsentStatus.REFUSED, Period.from(NOW.minus(days(5))),
                provision(ProvisionType.DENY, Set.of(), Set.of("substance-misuse"), Set.of()));
        ConsentTerms father = consent(ConsentStatus.ACTIVE, Period.from(NOW.minus(days(1))),
                provision(ProvisionType.PERMIT, Set.of(Purpose.ONWARD_REFERRAL), Set.of("substance-misuse"),
                        Set.of(DataCategory.IDENTITY, DataCategory.CONCERNS)));
        SharingQuestion toRecovery = new SharingQuestion(PERSON, RECOVERY, Purpose.ONWARD_REFERRAL,
                Set.of(DataCategory.IDENTITY));

        assertThat(SharingRules.decide(toRecovery, List.of(father, mother), List.of(), NOW).reasons())
                .containsExactly(Reason.CONSENT_REFUSED);
    }

    @Test
    void aRecipientNamedByAgencyCodeIsCoveredWhateverItsType() {
        ConsentTerms consent = consent(ConsentStatus.ACTIVE, Period.from(NOW.minus(days(1))),
                new Provision(ProvisionType.PERMIT, new Scope(Set.of(Purpose.REFERRAL), Set.of("northshire-recovery"), Set.of(),
                        Set.of(DataCategory.IDENTITY)), null));

        SharingVerdict verdict = SharingRules.decide(new SharingQuestion(PERSON, RECOVERY, Purpose.REFERRAL,
                Set.of(DataCategory.IDENTITY)), List.of(consent), List.of(), NOW);

        assertThat(verdict.permits()).isTrue();
    }

    @Test
    void categoriesMayBeCoveredByTwoPermitProvisionsOfTheSameConsent() {
        ConsentTerms consent = consent(ConsentStatus.ACTIVE, Period.from(NOW.minus(days(1))),
                provision(ProvisionType.PERMIT, Set.of(Purpose.TEAM_AROUND_FAMILY), Set.of("charity"), Set.of(DataCategory.IDENTITY)),
                provision(ProvisionType.PERMIT, Set.of(Purpose.TEAM_AROUND_FAMILY), Set.of("charity"), Set.of(DataCategory.CONCERNS)));

        assertThat(SharingRules.decide(question("as-given"), List.of(consent), List.of(), NOW).permits()).isTrue();
    }

    @Test
    void aProvisionOutsideItsOwnPeriodDoesNotPermit() {
        ConsentTerms consent = consent(ConsentStatus.ACTIVE, Period.from(NOW.minus(days(30))),
                new Provision(ProvisionType.PERMIT, teamAroundFamilyScope(),
                        Period.between(NOW.minus(days(30)), NOW.minus(days(1)))));

        assertThat(SharingRules.decide(question("as-given"), List.of(consent), List.of(), NOW).reasons())
                .containsExactly(Reason.PURPOSE_NOT_COVERED);
    }

    @Test
    void theMostRecentOfSeveralPermittingConsentsIsTheBasis() {
        ConsentTerms newer = new ConsentTerms(UUID.randomUUID(), 1, ConsentStatus.ACTIVE, Period.from(NOW.minus(days(1))),
                List.of(new Provision(ProvisionType.PERMIT, teamAroundFamilyScope(), null)));
        ConsentTerms older = consent(ConsentStatus.ACTIVE, Period.from(NOW.minus(days(9))),
                new Provision(ProvisionType.PERMIT, teamAroundFamilyScope(), null));

        assertThat(SharingRules.decide(question("as-given"), List.of(newer, older), List.of(), NOW).consentId())
                .isEqualTo(newer.consentId());
    }

    @Test
    void nothingPermitsSharingAboutAPersonWhoseProcessingIsRestricted() {
        ConsentTerms consent = consent(ConsentStatus.ACTIVE, Period.from(NOW.minus(days(1))),
                new Provision(ProvisionType.PERMIT, teamAroundFamilyScope(), null));
        LawfulBasisTerms basis = lawfulBasis(teamAroundFamilyScope(), Period.from(NOW.minus(days(1))));

        SharingVerdict verdict = SharingRules.decide(question("as-given"), List.of(consent), List.of(basis), true, NOW);

        assertThat(verdict.permits()).isFalse();
        assertThat(verdict.reasons()).containsExactly(Reason.PROCESSING_RESTRICTED);
        assertThat(SharingRules.decide(question("as-given"), List.of(consent), List.of(basis), false, NOW).permits()).isTrue();
    }

    // --- the table's vocabulary -------------------------------------------------------------

    private static SharingQuestion question(String variant) {
        return switch (variant) {
            case "as-given" -> new SharingQuestion(PERSON, BRIGHTSTART, Purpose.TEAM_AROUND_FAMILY,
                    Set.of(DataCategory.IDENTITY, DataCategory.CONCERNS));
            case "other-purpose" -> new SharingQuestion(PERSON, BRIGHTSTART, Purpose.ONWARD_REFERRAL,
                    Set.of(DataCategory.IDENTITY, DataCategory.CONCERNS));
            case "other-recipient" -> new SharingQuestion(PERSON, RECOVERY, Purpose.TEAM_AROUND_FAMILY,
                    Set.of(DataCategory.IDENTITY, DataCategory.CONCERNS));
            case "more-categories" -> new SharingQuestion(PERSON, BRIGHTSTART, Purpose.TEAM_AROUND_FAMILY,
                    Set.of(DataCategory.IDENTITY, DataCategory.CONCERNS, DataCategory.HEALTH));
            default -> throw new IllegalArgumentException(variant);
        };
    }

    private static List<ConsentTerms> consents(String consent, String state, boolean denyProvision) {
        if (consent.equals("none")) {
            return List.of();
        }
        List<Provision> provisions = new ArrayList<>();
        provisions.add(new Provision(ProvisionType.PERMIT, teamAroundFamilyScope(), null));
        if (denyProvision) {
            provisions.add(provision(ProvisionType.DENY, Set.of(), Set.of("charity"), Set.of(DataCategory.CONCERNS)));
        }
        ConsentStatus status = consent.equals("refused") ? ConsentStatus.REFUSED : ConsentStatus.ACTIVE;
        Period period = Period.from(NOW.minus(days(10)));
        switch (state) {
            case "in-force" -> { }
            case "expired" -> status = ConsentStatus.EXPIRED;
            case "lapsed" -> period = Period.between(NOW.minus(days(10)), NOW.minus(days(1)));
            case "withdrawn" -> status = ConsentStatus.WITHDRAWN;
            case "not-started" -> period = Period.from(NOW.plus(days(1)));
            default -> throw new IllegalArgumentException(state);
        }
        return List.of(new ConsentTerms(CONSENT, 3, status, period, provisions));
    }

    private static List<LawfulBasisTerms> lawfulBases(String variant) {
        Scope charities = new Scope(Set.of(Purpose.TEAM_AROUND_FAMILY), Set.of(), Set.of("charity"),
                Set.of(DataCategory.IDENTITY, DataCategory.CONCERNS));
        Scope elsewhere = new Scope(Set.of(Purpose.TEAM_AROUND_FAMILY), Set.of("northshire-police"), Set.of(),
                Set.of(DataCategory.IDENTITY, DataCategory.CONCERNS));
        return switch (variant) {
            case "none" -> List.of();
            case "in-force" -> List.of(lawfulBasis(charities, Period.from(NOW.minus(days(2)))));
            case "expired" -> List.of(lawfulBasis(charities, Period.between(NOW.minus(days(20)), NOW.minus(days(2)))));
            case "elsewhere" -> List.of(lawfulBasis(elsewhere, Period.from(NOW.minus(days(2)))));
            default -> throw new IllegalArgumentException(variant);
        };
    }

    private static LawfulBasisTerms lawfulBasis(Scope scope, Period period) {
        return new LawfulBasisTerms(LAWFUL_BASIS, LawfulBasisKind.RISK_OF_SIGNIFICANT_HARM, scope, period);
    }

    private static Scope teamAroundFamilyScope() {
        return new Scope(Set.of(Purpose.TEAM_AROUND_FAMILY), Set.of(), Set.of("charity"),
                Set.of(DataCategory.IDENTITY, DataCategory.CONTACT, DataCategory.CONCERNS));
    }

    private static ConsentTerms consent(ConsentStatus status, Period period, Provision... provisions) {
        return new ConsentTerms(CONSENT, 3, status, period, List.of(provisions));
    }

    private static Provision provision(ProvisionType type, Set<Purpose> purposes, Set<String> agencyTypes,
            Set<DataCategory> categories) {
        return new Provision(type, new Scope(purposes, Set.of(), agencyTypes, categories), null);
    }

    private static Duration days(int count) {
        return Duration.ofDays(count);
    }
}
