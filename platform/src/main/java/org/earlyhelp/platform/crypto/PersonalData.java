package org.earlyhelp.platform.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.platform.context.ServiceContext;

/**
 * Encrypts personal data before it reaches the database and decrypts it on the way back (decision 0060). A stored
 * value reads {@code ehk1:<key id, 8 hex>:<base64 of Tink's AES-256-GCM ciphertext>}: the key id in clear lets the
 * re-encryption job find, in SQL, what an old key encrypted. A value without the prefix was written before its
 * column was encrypted, and reads as it is until the job encrypts it.
 */
@ApplicationScoped
public class PersonalData {

    static final String PREFIX = "ehk1:";

    private final DataKeys keys;
    private final byte[] associatedData;

    PersonalData(DataKeys keys, ServiceContext context) {
        this.keys = keys;
        this.associatedData = ("earlyhelp-personal-data:" + context.name()).getBytes(StandardCharsets.UTF_8);
    }

    public String seal(String clear) {
        if (clear == null) {
            return null;
        }
        DataKeys.Loaded loaded = keys.current();
        try {
            byte[] sealed = loaded.aead().encrypt(clear.getBytes(StandardCharsets.UTF_8), associatedData);
            return prefixOf(loaded.primaryId()) + Base64.getEncoder().encodeToString(sealed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt personal data", e);
        }
    }

    public String open(String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return stored;
        }
        int keyId = keyIdOf(stored);
        DataKeys.Loaded loaded = keys.current();
        if (!loaded.knows(keyId)) {
            loaded = keys.refresh(true);
        }
        try {
            byte[] sealed = Base64.getDecoder().decode(stored.substring(PREFIX.length() + 9));
            return new String(loaded.aead().decrypt(sealed, associatedData), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Cannot decrypt personal data sealed with key " + Integer.toUnsignedString(keyId), e);
        }
    }

    /** Whether {@code stored} is a sealed value (rather than one stored before its column was sealed). */
    public static boolean isSealed(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    /** What every value the current primary key encrypted starts with. */
    String primaryPrefix() {
        return prefixOf(keys.current().primaryId());
    }

    static String prefixOf(int keyId) {
        return PREFIX + HexFormat.of().toHexDigits(keyId) + ":";
    }

    static int keyIdOf(String stored) {
        return HexFormat.fromHexDigits(stored, PREFIX.length(), PREFIX.length() + 8);
    }
}
