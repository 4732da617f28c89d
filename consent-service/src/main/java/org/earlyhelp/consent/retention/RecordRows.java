package org.earlyhelp.consent.retention;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Deletes the rows of one record, in the current transaction, for the retention rules (decision 0062): the record's
 * own row is locked first, so that of two replicas erasing it at once the second finds it gone, and the digest of what
 * went (the rows as PostgreSQL prints them, SHA-256) is what the tombstone keeps.
 */
@ApplicationScoped
public class RecordRows {

    private final EntityManager entityManager;

    RecordRows(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Deletes the rows of {@code id}: {@code record} ({@code table.column}, the record's own row) and the rows of
     * {@code parts} (each {@code table.column} naming the record), the parts first.
     *
     * @return the digest of the rows deleted; null if the record was already gone
     */
    public byte[] delete(UUID id, String record, String... parts) {
        List<String> all = new ArrayList<>(List.of(parts));
        all.add(record);
        if (entityManager.createNativeQuery("select 1 from " + table(record) + " where " + column(record) + " = ?1 for update")
                .setParameter(1, id).getResultList().isEmpty()) {
            return null;
        }
        String rows = String.join(" union all ", all.stream()
                .map(part -> "select t::text as r from " + table(part) + " t where t." + column(part) + " = ?1").toList());
        byte[] digest = (byte[]) entityManager
                .createNativeQuery("select sha256(convert_to(string_agg(r, E'\\n' order by r), 'UTF8')) from (" + rows + ") rows")
                .setParameter(1, id).getSingleResult();
        all.forEach(part -> entityManager.createNativeQuery("delete from " + table(part) + " where " + column(part) + " = ?1")
                .setParameter(1, id).executeUpdate());
        return digest;
    }

    private static String table(String tableColumn) {
        return tableColumn.substring(0, tableColumn.indexOf('.'));
    }

    private static String column(String tableColumn) {
        return tableColumn.substring(tableColumn.indexOf('.') + 1);
    }
}
