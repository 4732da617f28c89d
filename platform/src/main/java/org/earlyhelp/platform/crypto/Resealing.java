package org.earlyhelp.platform.crypto;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;

import org.earlyhelp.platform.idempotency.IdempotencyConfig;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Key rotation without downtime (decision 0060). Each run, on every instance: take up a key another instance made;
 * make a new data key when the primary is older than its lifetime; wrap the data keys (and the lookup key, which is
 * never rotated: decision 0066) again after the master key's rotation; re-encrypt a batch of each sealed column still under an older key (or still in clear); and once no
 * stored value uses an old key, and every instance has had a run to load the new primary, retire the old keys.
 */
@ApplicationScoped
public class Resealing {

    private static final Logger LOG = Logger.getLogger(Resealing.class);

    private final DataKeys keys;
    private final LookupKey lookupKey;
    private final PersonalData personalData;
    private final AgroalDataSource dataSource;
    private final EntityManagerFactory entities;
    private final CryptoConfig config;
    private final IdempotencyConfig idempotency;
    private volatile SealedColumns columns;

    Resealing(DataKeys keys, LookupKey lookupKey, PersonalData personalData, AgroalDataSource dataSource,
            EntityManagerFactory entities, CryptoConfig config, IdempotencyConfig idempotency) {
        this.keys = keys;
        this.lookupKey = lookupKey;
        this.personalData = personalData;
        this.dataSource = dataSource;
        this.entities = entities;
        this.config = config;
        this.idempotency = idempotency;
    }

    @Scheduled(identity = "earlyhelp-resealing", every = "${earlyhelp.crypto.reseal-every:1m}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        // Every service seals at least its outbox; without a master key nothing can have been sealed.
        if (config.masterKeyFile().isPresent()) {
            run();
        }
    }

    /** One run; what was re-encrypted. */
    public int run() {
        keys.refresh(false);
        keys.rotateIfDue(config.dataKeyLifetime());
        keys.rewrapIfNeeded();
        lookupKey.rewrapIfNeeded();
        int resealed = 0;
        for (SealedColumns.Column column : columns().columns()) {
            resealed += reseal(column);
        }
        DataKeys.Loaded loaded = keys.current();
        // Every instance has had two runs to load the new primary, and every stored idempotency response (kept a day,
        // not re-encrypted) was written under it.
        boolean everyInstanceHadARun = loaded.primarySince().plus(config.resealEvery().multipliedBy(2)).isBefore(Instant.now())
                && loaded.primarySince().plus(idempotency.ttl()).isBefore(Instant.now());
        if (resealed == 0 && loaded.keyset().size() > 1 && everyInstanceHadARun) {
            keys.retire(keyIdsInUse());
        }
        return resealed;
    }

    /** Makes a new primary data key now (an operator's rotation); the runs that follow re-encrypt and retire. */
    public void rotateNow() {
        keys.rotateIfDue(java.time.Duration.ZERO);
    }

    SealedColumns columns() {
        if (columns == null) {
            columns = SealedColumns.of(entities);
        }
        return columns;
    }

    private int reseal(SealedColumns.Column column) {
        return QuarkusTransaction.suspendingExisting().call(() -> resealOwnConnection(column));
    }

    private int resealOwnConnection(SealedColumns.Column column) {
        String prefix = personalData.primaryPrefix();
        String ids = String.join(", ", column.ids());
        String select = "select " + ids + ", " + column.read() + " from " + column.table() + " where "
                + column.column() + " is not null and " + column.read() + " not like ? limit ? for update skip locked";
        String update = "update " + column.table() + " set " + column.column() + " = " + column.write() + " where "
                + String.join(" and ", column.ids().stream().map(id -> id + " = ?").toList());
        int keys = column.ids().size();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            List<Object[]> rows = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(select)) {
                query.setString(1, prefix + "%");
                query.setInt(2, config.resealBatch());
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        Object[] values = new Object[keys + 1];
                        for (int index = 0; index <= keys; index++) {
                            values[index] = row.getObject(index + 1);
                        }
                        rows.add(values);
                    }
                }
            }
            try (PreparedStatement write = connection.prepareStatement(update)) {
                for (Object[] row : rows) {
                    write.setString(1, personalData.seal(personalData.open((String) row[keys])));
                    for (int index = 0; index < keys; index++) {
                        write.setObject(index + 2, row[index]);
                    }
                    write.addBatch();
                }
                write.executeBatch();
            }
            connection.commit();
            if (!rows.isEmpty()) {
                LOG.infof("Re-encrypted %d values of %s.%s with the current data key", rows.size(), column.table(), column.column());
            }
            return rows.size();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot re-encrypt " + column.table() + "." + column.column(), e);
        }
    }

    private Set<Integer> keyIdsInUse() {
        Set<Integer> inUse = new HashSet<>();
        int from = PersonalData.PREFIX.length() + 1;
        try (Connection connection = dataSource.getConnection()) {
            for (SealedColumns.Column column : columns().columns()) {
                try (PreparedStatement query = connection.prepareStatement("select distinct substr(" + column.read() + ", "
                        + from + ", 8) from " + column.table() + " where " + column.read() + " like ?")) {
                    query.setString(1, PersonalData.PREFIX + "%");
                    try (ResultSet row = query.executeQuery()) {
                        while (row.next()) {
                            inUse.add(java.util.HexFormat.fromHexDigits(row.getString(1)));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot list the data keys in use", e);
        }
        return inUse;
    }
}
