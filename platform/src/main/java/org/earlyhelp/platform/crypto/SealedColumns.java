package org.earlyhelp.platform.crypto;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.metamodel.EntityType;

/**
 * Every entity column of this service sealed with {@link Sealed} or {@link SealedDate}: what the re-encryption job walks.
 * Besides an entity's own fields, the fields of an {@code @Embeddable} kept in an {@code @ElementCollection} with a
 * {@code @CollectionTable} and an {@code @OrderColumn} (its rows are keyed by the owner's join column and the position).
 */
record SealedColumns(List<Column> columns) {

    /**
     * {@code ids}: the primary key's columns (one, or those of an {@code @IdClass}); {@code json}: a {@code jsonb}
     * column holding the sealed text as a JSON string (the outbox's event payloads).
     */
    record Column(String table, List<String> ids, String column, boolean json) {

        Column(String table, List<String> ids, String column) {
            this(table, ids, column, false);
        }

        /** The stored text, as SQL. */
        String read() {
            return json ? "(" + column + " #>> '{}')" : column;
        }

        /** The value to store for a {@code ?} parameter of sealed text, as SQL. */
        String write() {
            return json ? "to_jsonb(?::text)" : "?";
        }
    }

    /** Every service's outbox: event payloads are sealed too ({@code Outbox}). */
    static final Column OUTBOX = new Column("outbox", List.of("position"), "data", true);

    static SealedColumns of(EntityManagerFactory entities) {
        List<Column> found = new ArrayList<>(List.of(OUTBOX));
        for (EntityType<?> entity : entities.getMetamodel().getEntities()) {
            Class<?> type = entity.getJavaType();
            String table = type.isAnnotationPresent(Table.class) && !type.getAnnotation(Table.class).name().isEmpty()
                    ? type.getAnnotation(Table.class).name() : snake(entityName(type));
            List<String> ids = new ArrayList<>();
            List<String> sealed = new ArrayList<>();
            for (Class<?> each = type; each != null && each != Object.class; each = each.getSuperclass()) {
                for (Field field : each.getDeclaredFields()) {
                    if (field.isAnnotationPresent(Id.class)) {
                        ids.add(columnOf(field));
                    }
                    if (isSealed(field)) {
                        sealed.add(columnOf(field));
                    }
                    elementCollection(field, type).ifPresent(found::addAll);
                }
            }
            if (!sealed.isEmpty()) {
                if (ids.isEmpty()) {
                    throw new IllegalStateException(type.getName() + " seals personal data but has no @Id field");
                }
                for (String column : sealed) {
                    found.add(new Column(table, List.copyOf(ids), column));
                }
            }
        }
        return new SealedColumns(List.copyOf(found));
    }

    private static boolean isSealed(Field field) {
        Convert convert = field.getAnnotation(Convert.class);
        return convert != null && (convert.converter() == Sealed.class || convert.converter() == SealedDate.class);
    }

    /** The sealed columns of an {@code @ElementCollection} of embeddables in {@code field}, if it is one. */
    private static Optional<List<Column>> elementCollection(Field field, Class<?> owner) {
        if (!field.isAnnotationPresent(ElementCollection.class)
                || !(field.getGenericType() instanceof ParameterizedType generic)
                || !(generic.getActualTypeArguments()[0] instanceof Class<?> element)
                || !element.isAnnotationPresent(Embeddable.class)) {
            return Optional.empty();
        }
        List<String> sealed = new ArrayList<>();
        for (Field each : element.getDeclaredFields()) {
            if (isSealed(each)) {
                sealed.add(columnOf(each));
            }
        }
        if (sealed.isEmpty()) {
            return Optional.empty();
        }
        CollectionTable table = field.getAnnotation(CollectionTable.class);
        OrderColumn order = field.getAnnotation(OrderColumn.class);
        if (table == null || table.name().isEmpty() || table.joinColumns().length == 0 || order == null || order.name().isEmpty()) {
            throw new IllegalStateException(owner.getName() + "." + field.getName() + " seals personal data in an element"
                    + " collection without a named @CollectionTable, join column and @OrderColumn: its rows have no key to"
                    + " re-encrypt them by");
        }
        List<String> ids = new ArrayList<>();
        for (JoinColumn join : table.joinColumns()) {
            ids.add(join.name());
        }
        ids.add(order.name());
        return Optional.of(sealed.stream().map(column -> new Column(table.name(), List.copyOf(ids), column)).toList());
    }

    private static String entityName(Class<?> type) {
        Entity entity = type.getAnnotation(Entity.class);
        return entity != null && !entity.name().isEmpty() ? entity.name() : type.getSimpleName();
    }

    private static String columnOf(Field field) {
        jakarta.persistence.Column column = field.getAnnotation(jakarta.persistence.Column.class);
        return column != null && !column.name().isEmpty() ? column.name() : snake(field.getName());
    }

    private static String snake(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }
}
