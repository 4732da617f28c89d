package org.earlyhelp.consent.consent;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every version a consent had, exactly as it read then ({@code consent_version}). Rows are only
 * ever added: a sharing decision names a version, and that version must stay readable as it was.
 */
@ApplicationScoped
class ConsentHistory {

    private final EntityManager entityManager;
    private final ObjectMapper json;

    ConsentHistory(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    /** Keeps {@code view} as the version it names; call after the change is flushed, so the version is final. */
    void keep(ConsentView view, ConsentChange change) {
        entityManager.createNativeQuery("""
                INSERT INTO consent_version (consent_id, version, change, changed_at, changed_by_user, changed_by_name,
                                             changed_by_agency, reason, snapshot)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)""")
                .setParameter(1, view.id())
                .setParameter(2, view.version())
                .setParameter(3, change.kind().code)
                .setParameter(4, Timestamp.from(change.at()))
                .setParameter(5, change.by().userId())
                .setParameter(6, change.by().name())
                .setParameter(7, change.by().agency())
                .setParameter(8, change.reason())
                .setParameter(9, write(view))
                .executeUpdate();
    }

    Page<ConsentVersionView> versions(UUID consentId, PageRequest page) {
        long total = ((Number) entityManager.createNativeQuery("SELECT count(*) FROM consent_version WHERE consent_id = ?1")
                .setParameter(1, consentId).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(SELECT + " WHERE consent_id = ?1 ORDER BY version DESC")
                .setParameter(1, consentId)
                .setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList();
        return new Page<>(rows.stream().map(this::toView).toList(), page.page(), page.size(), total);
    }

    Optional<ConsentVersionView> version(UUID consentId, int version) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(SELECT + " WHERE consent_id = ?1 AND version = ?2")
                .setParameter(1, consentId).setParameter(2, version)
                .getResultList();
        return rows.stream().findFirst().map(this::toView);
    }

    private static final String SELECT = """
            SELECT version, change, changed_at, changed_by_name, changed_by_agency, reason, snapshot FROM consent_version""";

    private ConsentVersionView toView(Object[] row) {
        return new ConsentVersionView(((Number) row[0]).intValue(), (String) row[1], instant(row[2]), (String) row[3],
                (String) row[4], (String) row[5], read((String) row[6]));
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    private String write(ConsentView view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not keep consent version " + view.id() + "/" + view.version(), e);
        }
    }

    private ConsentView read(String snapshot) {
        try {
            return json.readValue(snapshot, ConsentView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored consent version is unreadable", e);
        }
    }
}
