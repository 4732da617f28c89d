package org.earlyhelp.platform.crypto;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;

import jakarta.enterprise.context.ApplicationScoped;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;

import io.quarkus.arc.DefaultBean;

/**
 * The key that wraps this service's data keys: read from a file (a Kubernetes Secret in production). A cloud KMS
 * replaces it by another bean giving the same {@link Aead}. Its keyset may hold several keys: the primary wraps,
 * every key unwraps, which is how the master key itself is rotated (decision 0060).
 */
@ApplicationScoped
@DefaultBean
public class MasterKey {

    private final CryptoConfig config;
    private volatile Aead wrapping;
    private volatile int primaryId;

    MasterKey(CryptoConfig config) {
        this.config = config;
    }

    /** Wraps and unwraps the data keyset. */
    Aead wrapping() {
        if (wrapping == null) {
            load();
        }
        return wrapping;
    }

    /** The key id of the master keyset's primary: a data keyset wrapped by another is wrapped again. */
    int primaryId() {
        if (wrapping == null) {
            load();
        }
        return primaryId;
    }

    private synchronized void load() {
        if (wrapping != null) {
            return;
        }
        Path file = Path.of(config.masterKeyFile().orElseThrow(() -> new IllegalStateException(
                "No master key: set earlyhelp.crypto.master-key-file (EARLYHELP_CRYPTO_MASTER_KEY_FILE) to the Tink keyset "
                        + "that wraps this service's data keys")));
        try {
            AeadConfig.register();
            KeysetHandle keyset = TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file), InsecureSecretKeyAccess.get());
            primaryId = keyset.getPrimary().getId();
            wrapping = keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the master key " + file + ": " + e.getMessage(), e);
        }
    }

    /** A new master keyset (one AES-256-GCM key) as JSON, for the launcher and for an operator making the Secret. */
    public static String generate() throws GeneralSecurityException {
        AeadConfig.register();
        return TinkJsonProtoKeysetFormat.serializeKeyset(KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM),
                InsecureSecretKeyAccess.get());
    }

    /** Adds a new primary key to a master keyset (JSON), keeping the old ones to unwrap what they wrapped. */
    public static String rotate(String keysetJson) throws GeneralSecurityException {
        AeadConfig.register();
        KeysetHandle keyset = TinkJsonProtoKeysetFormat.parseKeyset(keysetJson, InsecureSecretKeyAccess.get());
        KeysetHandle rotated = KeysetHandle.newBuilder(keyset)
                .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM).withRandomId().makePrimary())
                .build();
        return TinkJsonProtoKeysetFormat.serializeKeyset(rotated, InsecureSecretKeyAccess.get());
    }

    /** {@code java -cp ... MasterKey} prints a new master keyset; {@code MasterKey rotate FILE} prints FILE's rotated. */
    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("rotate")) {
            System.out.println(rotate(Files.readString(Path.of(args[1]))));
        } else {
            System.out.println(generate());
        }
    }
}
