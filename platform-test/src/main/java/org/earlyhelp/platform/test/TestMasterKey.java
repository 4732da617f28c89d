package org.earlyhelp.platform.test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;

/** A master key for one test JVM: a Tink AES-256-GCM keyset in a temporary file, deleted when the JVM exits. */
public final class TestMasterKey {

    private static Path file;

    private TestMasterKey() {
    }

    public static synchronized Path file() {
        if (file == null) {
            try {
                AeadConfig.register();
                Path made = Files.createTempFile("earlyhelp-test-master-key", ".json");
                made.toFile().deleteOnExit();
                Files.writeString(made, TinkJsonProtoKeysetFormat.serializeKeyset(
                        KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM), InsecureSecretKeyAccess.get()));
                file = made;
            } catch (IOException | GeneralSecurityException e) {
                throw new IllegalStateException("Cannot make a test master key", e);
            }
        }
        return file;
    }
}
