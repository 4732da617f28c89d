package org.earlyhelp.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.ws.rs.ClientErrorException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one If-Match semantics every service uses (decision 0044). */
class ETagsTest {

    @Test
    void theVersionIsTheETag() {
        assertThat(ETags.of(3).toString()).isEqualTo("\"3\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"3\"", " \"3\" ", "W/\"3\"", "*", "\"2\", \"3\"", "\"2\", *"})
    void aTagNamingTheCurrentVersionOrAnyMatches(String ifMatch) {
        assertThat(ETags.matches(ifMatch, 3)).isTrue();
        assertThatNoException().isThrownBy(() -> ETags.require(ifMatch, 3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"2\"", "W/\"2\"", "3", "\"3", "not-an-etag", "*x", "\"99999999999999999999999\"", "W/\"x\""})
    void anythingElseIs412WithTheCurrentETag(String ifMatch) {
        ClientErrorException refused = catchThrowableOfType(ClientErrorException.class, () -> ETags.require(ifMatch, 3));
        assertThat(refused.getResponse().getStatus()).isEqualTo(412);
        assertThat(refused.getResponse().getEntityTag()).isEqualTo(ETags.of(3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void noIfMatchIs428WhereAChangeNeedsIt(String ifMatch) {
        assertThat(catchThrowableOfType(ClientErrorException.class, () -> ETags.require(ifMatch, 3)).getResponse().getStatus())
                .isEqualTo(428);
        assertThat(catchThrowableOfType(ClientErrorException.class, () -> ETags.require(null, 3)).getResponse().getStatus())
                .isEqualTo(428);
        assertThat(catchThrowableOfType(ClientErrorException.class, () -> ETags.requireSent(ifMatch)).getResponse().getStatus())
                .isEqualTo(428);
    }

    @Test
    void whereIfMatchIsOptionalOnlyASentOneIsChecked() {
        assertThatNoException().isThrownBy(() -> ETags.checkIfSent(null, 3));
        assertThatNoException().isThrownBy(() -> ETags.checkIfSent(" ", 3));
        assertThat(catchThrowableOfType(ClientErrorException.class, () -> ETags.checkIfSent("\"1\"", 3)).getResponse().getStatus())
                .isEqualTo(412);
    }
}
