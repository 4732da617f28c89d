package org.earlyhelp.platform.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;

import org.earlyhelp.platform.context.ServiceContext;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * This service's data keys: a Tink AES-256-GCM keyset kept in its own database, wrapped by the {@link MasterKey}
 * (envelope encryption). The primary key encrypts new writes; every key in the set decrypts. Every instance reads the
 * same row, so a rotation made by one is seen by all: at once when they meet a ciphertext of a key they do not know,
 * otherwise at their next check. Read and changed over its own connection, outside the caller's transaction (a
 * write's flush may be the first to need a key).
 */
@ApplicationScoped
public class DataKeys {

    /** The keyset as one instance holds it. */
    record Loaded(KeysetHandle keyset, Aead aead, int primaryId, Instant primarySince, long version) {

        boolean knows(int keyId) {
            return IntStream.range(0, keyset.size()).anyMatch(index -> keyset.getAt(index).getId() == keyId);
        }
    }

    static {
        try {
            AeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final AgroalDataSource dataSource;
    private final MasterKey master;
    private final byte[] associatedData;
    private volatile Loaded current;

    DataKeys(AgroalDataSource dataSource, MasterKey master, ServiceContext context) {
        this.dataSource = dataSource;
        this.master = master;
        this.associatedData = ("earlyhelp-data-keyset:" + context.name()).getBytes(StandardCharsets.UTF_8);
    }

    Loaded current() {
        Loaded loaded = current;
        return loaded != null ? loaded : load();
    }

    /** Reads the keyset again when another instance changed it (or always, when {@code force}). */
    Loaded refresh(boolean force) {
        return QuarkusTransaction.suspendingExisting().call(() -> reread(force));
    }

    private Loaded reread(boolean force) {
        if (!force && current != null) {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement select = connection.prepareStatement("select version from platform_data_keyset")) {
                try (ResultSet row = select.executeQuery()) {
                    if (row.next() && row.getLong(1) == current.version()) {
                        return current;
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot read the data keyset's version", e);
            }
        }
        current = null;
        return load();
    }

    private Loaded load() {
        return QuarkusTransaction.suspendingExisting().call(this::loadOwnConnection);
    }

    private synchronized Loaded loadOwnConnection() {
        if (current != null) {
            return current;
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            Loaded loaded = read(connection, true);
            if (loaded == null) {
                KeysetHandle keyset = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
                try (PreparedStatement insert = connection.prepareStatement("""
                        insert into platform_data_keyset (id, keyset, primary_since, master_key_id, version)
                        values (1, ?, now(), ?, 1) on conflict (id) do nothing""")) {
                    insert.setBytes(1, wrap(keyset));
                    insert.setLong(2, master.primaryId());
                    insert.executeUpdate();
                }
                loaded = read(connection, true);
            }
            connection.commit();
            current = loaded;
            return loaded;
        } catch (SQLException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot load this service's data keys", e);
        }
    }

    /**
     * Makes a new primary key when the current one has encrypted new writes for {@code lifetime} (or at once, when
     * {@code lifetime} is zero). One instance does it; the others find the new key in the row.
     *
     * @return whether a new key was made
     */
    boolean rotateIfDue(Duration lifetime) {
        return change(loaded -> loaded.primarySince().plus(lifetime).isAfter(Instant.now()) ? null
                : KeysetHandle.newBuilder(loaded.keyset()).addEntry(KeysetHandle.generateEntryFromParameters(
                        PredefinedAeadParameters.AES256_GCM).withRandomId().makePrimary()).build(), true);
    }

    /** Removes every key but the primary that no stored value uses any more ({@code inUse}: the key ids still found). */
    boolean retire(Set<Integer> inUse) {
        return change(loaded -> {
            KeysetHandle.Builder builder = KeysetHandle.newBuilder(loaded.keyset());
            boolean removed = false;
            for (int index = builder.size() - 1; index >= 0; index--) {
                var entry = loaded.keyset().getAt(index);
                if (!entry.isPrimary() && !inUse.contains(entry.getId())) {
                    builder.deleteAt(index);
                    removed = true;
                }
            }
            return removed ? builder.build() : null;
        }, false);
    }

    /** Wraps the data keyset again when the master keyset has a new primary (the master key's rotation). */
    boolean rewrapIfNeeded() {
        return change(loaded -> loaded.keyset(), false, true);
    }

    private interface Change {
        KeysetHandle apply(Loaded loaded) throws GeneralSecurityException;
    }

    private boolean change(Change change, boolean newPrimary) {
        return change(change, newPrimary, false);
    }

    private boolean change(Change change, boolean newPrimary, boolean onlyWhenWrappedByAnOlderMasterKey) {
        current();
        return QuarkusTransaction.suspendingExisting().call(() -> changeOwnConnection(change, newPrimary,
                onlyWhenWrappedByAnOlderMasterKey));
    }

    private boolean changeOwnConnection(Change change, boolean newPrimary, boolean onlyWhenWrappedByAnOlderMasterKey) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long wrappedBy;
            try (PreparedStatement select = connection.prepareStatement("select master_key_id from platform_data_keyset for update");
                    ResultSet row = select.executeQuery()) {
                row.next();
                wrappedBy = row.getLong(1);
            }
            Loaded loaded = read(connection, false);
            if (onlyWhenWrappedByAnOlderMasterKey && wrappedBy == master.primaryId()) {
                connection.rollback();
                return false;
            }
            KeysetHandle changed = change.apply(loaded);
            if (changed == null) {
                connection.rollback();
                return false;
            }
            try (PreparedStatement update = connection.prepareStatement("""
                    update platform_data_keyset set keyset = ?, master_key_id = ?, version = version + 1,
                        primary_since = case when ? then now() else primary_since end""")) {
                update.setBytes(1, wrap(changed));
                update.setLong(2, master.primaryId());
                update.setBoolean(3, newPrimary);
                update.executeUpdate();
            }
            connection.commit();
        } catch (SQLException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot change this service's data keys", e);
        }
        refresh(true);
        return true;
    }

    private Loaded read(Connection connection, boolean optional) throws SQLException, GeneralSecurityException {
        try (PreparedStatement select = connection.prepareStatement(
                "select keyset, primary_since, version from platform_data_keyset where id = 1");
                ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                if (optional) {
                    return null;
                }
                throw new IllegalStateException("No data keyset");
            }
            KeysetHandle keyset = TinkProtoKeysetFormat.parseEncryptedKeyset(row.getBytes(1), master.wrapping(), associatedData);
            Timestamp since = row.getTimestamp(2);
            return new Loaded(keyset, keyset.getPrimitive(RegistryConfiguration.get(), Aead.class), keyset.getPrimary().getId(),
                    since.toInstant(), row.getLong(3));
        }
    }

    private byte[] wrap(KeysetHandle keyset) throws GeneralSecurityException {
        return TinkProtoKeysetFormat.serializeEncryptedKeyset(keyset, master.wrapping(), associatedData);
    }
}
