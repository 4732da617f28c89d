package org.earlyhelp.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import org.junit.jupiter.api.Test;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.prf.PrfSet;

/** The master key is rotated by adding a primary: what the old key wrapped still unwraps; another key does not. */
class MasterKeyRotationTest {

    private static final byte[] CONTEXT = "earlyhelp-data-keyset:test".getBytes(StandardCharsets.UTF_8);

    @Test
    void dataKeysWrappedByTheOldMasterKeyUnwrapAfterItsRotation() throws GeneralSecurityException {
        String master = MasterKey.generate();
        KeysetHandle dataKeys = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
        byte[] wrapped = TinkProtoKeysetFormat.serializeEncryptedKeyset(dataKeys, aead(master), CONTEXT);

        String rotated = MasterKey.rotate(master);

        assertThat(TinkJsonProtoKeysetFormat.parseKeyset(rotated, InsecureSecretKeyAccess.get()).size()).isEqualTo(2);
        assertThat(TinkProtoKeysetFormat.parseEncryptedKeyset(wrapped, aead(rotated), CONTEXT).getPrimary().getId())
                .isEqualTo(dataKeys.getPrimary().getId());
        assertThatThrownBy(() -> TinkProtoKeysetFormat.parseEncryptedKeyset(wrapped, aead(MasterKey.generate()), CONTEXT))
                .isInstanceOf(GeneralSecurityException.class);
    }

    /** Decision 0066: the lookup key is only wrapped again, so every lookup value stays what it was. */
    @Test
    void theLookupKeyWrappedByTheOldMasterKeyGivesTheSameValuesAfterItsRotation() throws GeneralSecurityException {
        PrfConfig.register();
        byte[] context = "earlyhelp-lookup-key:test".getBytes(StandardCharsets.UTF_8);
        byte[] value = "nhs-number\u00009434765919".getBytes(StandardCharsets.UTF_8);
        String master = MasterKey.generate();
        KeysetHandle lookupKey = KeysetHandle.generateNew(PredefinedPrfParameters.HMAC_SHA256_PRF);
        byte[] wrapped = TinkProtoKeysetFormat.serializeEncryptedKeyset(lookupKey, aead(master), context);
        byte[] before = prf(lookupKey).computePrimary(value, 32);

        String rotated = MasterKey.rotate(master);
        KeysetHandle unwrapped = TinkProtoKeysetFormat.parseEncryptedKeyset(wrapped, aead(rotated), context);
        byte[] rewrapped = TinkProtoKeysetFormat.serializeEncryptedKeyset(unwrapped, aead(rotated), context);

        assertThat(prf(TinkProtoKeysetFormat.parseEncryptedKeyset(rewrapped, aead(rotated), context)).computePrimary(value, 32))
                .isEqualTo(before).hasSize(32);
    }

    private static PrfSet prf(KeysetHandle keyset) throws GeneralSecurityException {
        return keyset.getPrimitive(RegistryConfiguration.get(), PrfSet.class);
    }

    private static Aead aead(String keyset) throws GeneralSecurityException {
        return TinkJsonProtoKeysetFormat.parseKeyset(keyset, InsecureSecretKeyAccess.get())
                .getPrimitive(RegistryConfiguration.get(), Aead.class);
    }
}
