package org.earlyhelp.platform.crypto;

import java.sql.Statement;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;

/**
 * The platform's tables added after its closed {@code V0_*} set (decision 0046) get a Flyway history of their own,
 * {@code platform_schema_history}, beside the service's: the two sets grow independently and neither is ever applied
 * out of order. The migrations are Java classes listed here, so Flyway scans nothing.
 */
@ApplicationScoped
class PlatformSchema {

    /** First of all startup work: a service's own start-up (the directory's demo data) may already write sealed data. */
    void migrate(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent start, AgroalDataSource dataSource) {
        Flyway.configure().dataSource(dataSource).table("platform_schema_history").locations(new String[0])
                .javaMigrations(new V1__data_keyset(), new V2__erasure_tombstone(), new V3__lookup_key()).baselineOnMigrate(true).baselineVersion("0")
                .load().migrate();
    }

    /** The service's data keys (a Tink keyset), encrypted by the master key: one row. */
    static final class V1__data_keyset extends BaseJavaMigration {

        @Override
        public void migrate(Context context) throws Exception {
            try (Statement statement = context.getConnection().createStatement()) {
                statement.execute("""
                        create table platform_data_keyset (
                            id            smallint primary key default 1 check (id = 1),
                            keyset        bytea       not null,
                            primary_since timestamptz not null,
                            master_key_id bigint      not null,
            version       bigint      not null
                        )""");
            }
        }
    }

    /**
     * What stays of an erased record (decision 0062): its ids, a digest of what went, why and who erased it. The
     * reason is words a data protection officer wrote, sealed like any other.
     */
    static final class V2__erasure_tombstone extends BaseJavaMigration {

        @Override
        public void migrate(Context context) throws Exception {
            try (Statement statement = context.getConnection().createStatement()) {
                statement.execute("""
                        create table erasure_tombstone (
                            id          bigint generated always as identity primary key,
                            record_type text        not null,
                            record_id   text        not null,
                            person_ids  uuid[]      not null default '{}',
                            digest      bytea       not null,
                            cause       text        not null check (cause in ('retention', 'erasure-request')),
                            reason      text,
                            erased_by   text        not null,
                            erased_at   timestamptz not null default now()
                        )""");
                statement.execute("create index erasure_tombstone_record on erasure_tombstone (record_type, record_id)");
            }
        }
    }

    /** The key of the service's lookup values ({@link LookupKey}, decision 0066), encrypted by the master key: one row. */
    static final class V3__lookup_key extends BaseJavaMigration {

        @Override
        public void migrate(Context context) throws Exception {
            try (Statement statement = context.getConnection().createStatement()) {
                statement.execute("""
                        create table platform_lookup_key (
                            id            smallint primary key default 1 check (id = 1),
                            keyset        bytea  not null,
                            master_key_id bigint not null
                        )""");
            }
        }
    }
}
