package org.earlyhelp.consent.consent;

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
 * Every version a consent had, exactly as it read then ({@link ConsentVersion}). Rows are only
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
        entityManager.persist(new ConsentVersion(view.id(), view.version(), change, write(view)));
    }

    Page<ConsentVersionView> versions(UUID consentId, PageRequest page) {
        long total = entityManager.createQuery("select count(v) from ConsentVersion v where v.consentId = :consent", Long.class)
                .setParameter("consent", consentId).getSingleResult();
        return new Page<>(entityManager.createQuery(
                        "from ConsentVersion v where v.consentId = :consent order by v.version desc", ConsentVersion.class)
                .setParameter("consent", consentId)
                .setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultStream().map(this::toView).toList(), page.page(), page.size(), total);
    }

    /** Every version of the consent, first to last. */
    List<ConsentVersionView> all(UUID consentId) {
        return entityManager.createQuery("from ConsentVersion v where v.consentId = :consent order by v.version", ConsentVersion.class)
                .setParameter("consent", consentId).getResultStream().map(this::toView).toList();
    }

    Optional<ConsentVersionView> version(UUID consentId, int version) {
        return Optional.ofNullable(entityManager.find(ConsentVersion.class, key(consentId, version))).map(this::toView);
    }

    private static ConsentVersion.Key key(UUID consentId, int version) {
        ConsentVersion.Key key = new ConsentVersion.Key();
        key.consentId = consentId;
        key.version = version;
        return key;
    }

    private ConsentVersionView toView(ConsentVersion kept) {
        return new ConsentVersionView(kept.version, kept.change, kept.changedAt, kept.changedByName, kept.changedByAgency,
                kept.reason, read(kept.snapshot));
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
