package org.earlyhelp.platform.test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.function.UnaryOperator;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;

/**
 * Reads what a service sealed at rest (decision 0060) straight from its database, with the suite's master key: for
 * tests that look at what is stored while the service is down, or at every table after an erasure. The format is the
 * platform's ({@code PersonalData}).
 */
public final class SealedValues {

    private static final String PREFIX = "ehk1:";

    private SealedValues() {
    }

    /** Opens values of {@code context}'s database; a value stored in clear is returned as it is. */
    public static UnaryOperator<String> opener(Connection database, String context, Path masterKey) throws SQLException {
        try (PreparedStatement select = database.prepareStatement("SELECT keyset FROM platform_data_keyset");
                ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                return UnaryOperator.identity();
            }
            AeadConfig.register();
            Aead master = TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(masterKey), InsecureSecretKeyAccess.get())
                    .getPrimitive(RegistryConfiguration.get(), Aead.class);
            Aead data = TinkProtoKeysetFormat.parseEncryptedKeyset(row.getBytes(1), master,
                    ("earlyhelp-data-keyset:" + context).getBytes(StandardCharsets.UTF_8))
                    .getPrimitive(RegistryConfiguration.get(), Aead.class);
            byte[] associated = ("earlyhelp-personal-data:" + context).getBytes(StandardCharsets.UTF_8);
            return stored -> {
                if (stored == null || !stored.startsWith(PREFIX)) {
                    return stored;
                }
                try {
                    return new String(data.decrypt(Base64.getDecoder().decode(stored.substring(PREFIX.length() + 9)), associated),
                            StandardCharsets.UTF_8);
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException("Cannot open a sealed value", e);
                }
            };
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read " + context + "'s data keys with " + masterKey, e);
        }
    }
}
