package org.earlyhelp.platform.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;

import jakarta.enterprise.context.ApplicationScoped;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.prf.PrfSet;

import org.earlyhelp.platform.context.ServiceContext;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Lookup values for a sealed field that must be found by an exact match (decision 0066): HMAC-SHA256 of the normalised
 * value under this service's lookup key, as 64 hex digits. Equal values give equal lookup values; without the key
 * nobody can tell which value gave one, not even by trying every possible value. The key is a Tink HMAC-SHA256 PRF
 * keyset kept like the data keys ({@link DataKeys}): one row in the service's own database ({@code platform_lookup_key}),
 * wrapped by the {@link MasterKey} and wrapped again after the master key's rotation. Unlike the data keys it is never
 * rotated: a new key would change every lookup value at once.
 */
@ApplicationScoped
public class LookupKey {

    static {
        try {
            PrfConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final AgroalDataSource dataSource;
    private final MasterKey master;
    private final byte[] associatedData;
    private volatile PrfSet prf;

    LookupKey(AgroalDataSource dataSource, MasterKey master, ServiceContext context) {
        this.dataSource = dataSource;
        this.master = master;
        this.associatedData = ("earlyhelp-lookup-key:" + context.name()).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The lookup value of {@code normalised} as a value of {@code field} (a name such as {@code nhs-number}, so that the
     * same text in two fields gives two unrelated values). The caller normalises: this compares exactly.
     */
    public String of(String field, String normalised) {
        byte[] input = (field + '\u0000' + normalised).getBytes(StandardCharsets.UTF_8);
        try {
            return HexFormat.of().formatHex(prf().computePrimary(input, 32));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot compute a lookup value", e);
        }
    }

    private PrfSet prf() {
        PrfSet loaded = prf;
        return loaded != null ? loaded : QuarkusTransaction.suspendingExisting().call(this::loadOwnConnection);
    }

    /** Reads the key, making it on first use (one instance does; the others read what it stored). */
    private synchronized PrfSet loadOwnConnection() {
        if (prf != null) {
            return prf;
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into platform_lookup_key (id, keyset, master_key_id) values (1, ?, ?)
                    on conflict (id) do nothing""")) {
                insert.setBytes(1, TinkProtoKeysetFormat.serializeEncryptedKeyset(
                        KeysetHandle.generateNew(PredefinedPrfParameters.HMAC_SHA256_PRF), master.wrapping(), associatedData));
                insert.setLong(2, master.primaryId());
                insert.executeUpdate();
            }
            KeysetHandle keyset = read(connection, false);
            connection.commit();
            prf = keyset.getPrimitive(RegistryConfiguration.get(), PrfSet.class);
            return prf;
        } catch (SQLException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot load this service's lookup key", e);
        }
    }

    /** Wraps the lookup key again when the master keyset has a new primary; the key itself, and every value, stay. */
    boolean rewrapIfNeeded() {
        return QuarkusTransaction.suspendingExisting().call(this::rewrapOwnConnection);
    }

    private boolean rewrapOwnConnection() {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            KeysetHandle keyset = read(connection, true);
            if (keyset == null) {
                connection.rollback();
                return false;
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "update platform_lookup_key set keyset = ?, master_key_id = ? where id = 1")) {
                update.setBytes(1, TinkProtoKeysetFormat.serializeEncryptedKeyset(keyset, master.wrapping(), associatedData));
                update.setLong(2, master.primaryId());
                update.executeUpdate();
            }
            connection.commit();
            return true;
        } catch (SQLException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot wrap this service's lookup key again", e);
        }
    }

    /**
     * The stored key, locked for this transaction; null when {@code onlyWhenWrappedByAnOlderMasterKey} and it is wrapped
     * by the master key's primary already, or when there is none yet.
     */
    private KeysetHandle read(Connection connection, boolean onlyWhenWrappedByAnOlderMasterKey)
            throws SQLException, GeneralSecurityException {
        try (PreparedStatement select = connection.prepareStatement(
                "select keyset, master_key_id from platform_lookup_key where id = 1 for update");
                ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                if (onlyWhenWrappedByAnOlderMasterKey) {
                    return null;
                }
                throw new IllegalStateException("No lookup key");
            }
            if (onlyWhenWrappedByAnOlderMasterKey && row.getLong(2) == master.primaryId()) {
                return null;
            }
            return TinkProtoKeysetFormat.parseEncryptedKeyset(row.getBytes(1), master.wrapping(), associatedData);
        }
    }
}
