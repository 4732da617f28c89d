package org.earlyhelp.platform.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

/**
 * The register's copy of Keycloak's Organizations: read at first need, refreshed when it has aged and when asked for
 * a code it does not know (not more often than allowed), and kept when Keycloak cannot be read.
 */
class KeycloakAgencyRegisterTest {

    private static final Agency POLICE = new Agency("northshire-police", "Northshire Police", "police",
            List.of("eastmere", "westbrook"));
    private static final Agency CHARITY = new Agency("brightstart-family-support", "BrightStart Family Support", "charity",
            List.of("eastmere"));
    private static final Agency SCHOOL = new Agency("westbrook-primary", "Westbrook Primary", "education",
            List.of("westbrook"));

    private final AtomicLong clock = new AtomicLong(1_000_000_000L);
    private final StandIn keycloak = new StandIn();
    private final KeycloakAgencyRegister register = new KeycloakAgencyRegister(keycloak, new Settings(), clock::get);

    @Test
    void theFirstLookupReadsTheRealmAndLaterOnesUseTheCopy() {
        keycloak.agencies = List.of(POLICE, CHARITY);

        assertThat(register.find("northshire-police")).contains(POLICE);
        assertThat(register.all()).containsExactly(POLICE, CHARITY);
        assertThat(register.find("brightstart-family-support")).contains(CHARITY);
        assertThat(keycloak.reads).isEqualTo(1);
    }

    @Test
    void theCopyIsReadAgainOnceItIsOlderThanTheRefreshInterval() {
        keycloak.agencies = List.of(POLICE);
        register.keepFresh();
        keycloak.agencies = List.of(POLICE, CHARITY);

        pass(Duration.ofMinutes(4));
        register.keepFresh();
        assertThat(register.all()).containsExactly(POLICE);

        pass(Duration.ofMinutes(1));
        register.keepFresh();
        assertThat(register.all()).containsExactly(POLICE, CHARITY);
        assertThat(keycloak.reads).isEqualTo(2);
    }

    @Test
    void anUnknownCodeMakesTheRegisterReadTheRealmAgainButNotMoreThanOncePerMissInterval() {
        keycloak.agencies = List.of(POLICE);
        register.keepFresh();
        keycloak.agencies = List.of(POLICE, SCHOOL);

        pass(Duration.ofSeconds(30));
        assertThat(register.find("westbrook-primary")).contains(SCHOOL);
        assertThat(register.find("no-such-agency")).isEmpty();
        assertThat(register.find("no-such-agency")).isEmpty();
        assertThat(keycloak.reads).as("a miss within 30 s of the last read does not read again").isEqualTo(2);

        pass(Duration.ofSeconds(30));
        assertThat(register.find("no-such-agency")).isEmpty();
        assertThat(keycloak.reads).isEqualTo(3);
    }

    @Test
    void whenKeycloakCannotBeReadTheLastGoodCopyStaysInUse() {
        keycloak.agencies = List.of(POLICE, CHARITY);
        register.keepFresh();
        keycloak.down = true;

        pass(Duration.ofMinutes(6));
        register.keepFresh();
        pass(Duration.ofSeconds(30));
        register.keepFresh();

        assertThat(keycloak.reads).isEqualTo(3);
        assertThat(register.find("northshire-police")).contains(POLICE);
        assertThat(register.all()).containsExactly(POLICE, CHARITY);

        keycloak.down = false;
        keycloak.agencies = List.of(POLICE);
        pass(Duration.ofSeconds(10));
        register.keepFresh();
        assertThat(register.all()).as("after a failed read the next is tried at the retry interval, not in 5 min")
                .containsExactly(POLICE);
    }

    @Test
    void aRegisterNeverReadIsUnavailableAndAsksKeycloakAtMostOncePerRetryInterval() {
        keycloak.down = true;

        assertThatThrownBy(() -> register.find("northshire-police")).isInstanceOf(AgencyRegisterUnavailable.class);
        assertThatThrownBy(register::all).isInstanceOf(AgencyRegisterUnavailable.class);
        assertThat(keycloak.reads).isEqualTo(1);

        keycloak.down = false;
        keycloak.agencies = List.of(POLICE);
        pass(Duration.ofSeconds(10));
        assertThat(register.find("northshire-police")).contains(POLICE);
    }

    @Test
    void keycloaksAdminUrlIsTheRealmsUrlWithAdminBeforeRealms() {
        assertThat(RealmOrganizations.adminUrl(URI.create("http://127.0.0.1:8180/realms/early-help")))
                .hasToString("http://127.0.0.1:8180/admin/realms/early-help");
        assertThat(RealmOrganizations.adminUrl(URI.create("https://sso.example/auth/realms/early-help/")))
                .hasToString("https://sso.example/auth/admin/realms/early-help");
    }

    @Test
    void onlyEnabledOrganizationsWithACodeAndATypeAreAgencies() {
        var attributes = Map.of("agency_type", List.of("police"), "areas", List.of("eastmere"));
        assertThat(new Organization("1", "northshire-police", "Northshire Police", true, attributes).agency())
                .contains(new Agency("northshire-police", "Northshire Police", "police", List.of("eastmere")));
        assertThat(new Organization("2", "old-force", "Old Force", false, attributes).agency()).isEmpty();
        assertThat(new Organization("3", null, "No Code", true, attributes).agency()).isEmpty();
        assertThat(new Organization("4", "untyped", "Untyped", true, Map.of("areas", List.of("eastmere")))
                .agency()).isEmpty();
        assertThat(new Organization("5", "no-areas", "No Areas", true, Map.of("agency_type", List.of("dwp")))
                .agency()).hasValueSatisfying(agency -> assertThat(agency.areas()).isEmpty());
    }

    private void pass(Duration duration) {
        clock.addAndGet(duration.toNanos());
    }

    /** The realm's Organizations as Keycloak's admin API would give them, or a failure while it is down. */
    private static final class StandIn implements Supplier<List<Agency>> {

        List<Agency> agencies = new ArrayList<>();
        boolean down;
        int reads;

        @Override
        public List<Agency> get() {
            reads++;
            if (down) {
                throw new IllegalStateException("Connection refused");
            }
            return agencies;
        }
    }

    private static final class Settings implements AgencyRegisterConfig {

        @Override
        public URI realmUrl() {
            return URI.create("http://127.0.0.1:8180/realms/early-help");
        }

        @Override
        public Duration refreshInterval() {
            return Duration.ofMinutes(5);
        }

        @Override
        public Duration retryInterval() {
            return Duration.ofSeconds(10);
        }

        @Override
        public Duration missRefreshInterval() {
            return Duration.ofSeconds(30);
        }

        @Override
        public int pageSize() {
            return 100;
        }

        @Override
        public Duration timeout() {
            return Duration.ofSeconds(5);
        }
    }
}
