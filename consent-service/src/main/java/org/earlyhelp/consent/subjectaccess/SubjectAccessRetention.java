package org.earlyhelp.consent.subjectaccess;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.earlyhelp.consent.participation.PersonLinks;
import org.earlyhelp.platform.dataprotection.ErasableRecord;
import org.earlyhelp.platform.dataprotection.RetentionJob;
import org.earlyhelp.platform.dataprotection.RetentionRule;

/**
 * A subject access request and its export are kept one month from completion (from the asking, while no person is
 * chosen), and go with the person, or with any candidate it named, when a person is erased (decision 0062).
 */
@ApplicationScoped
class SubjectAccessRetention implements RetentionRule {

    static final String RECORD_TYPE = "subject-access-request";

    private final EntityManager entityManager;
    private final PersonLinks links;

    SubjectAccessRetention(EntityManager entityManager, PersonLinks links) {
        this.entityManager = entityManager;
        this.links = links;
    }

    @Override
    public String recordType() {
        return RECORD_TYPE;
    }

    @Override
    public List<ErasableRecord> due(Instant asOf, Period keep, int limit) {
        return records(entityManager.createQuery("SELECT r FROM SubjectAccessRequest r"
                + " WHERE coalesce(r.completedAt, r.requestedAt) < :before ORDER BY coalesce(r.completedAt, r.requestedAt), r.id",
                SubjectAccessRequest.class).setParameter("before", RetentionJob.before(asOf, keep)).setMaxResults(limit).getResultList());
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<ErasableRecord> naming(UUID personId) {
        List<UUID> ids = List.copyOf(links.idsOf(personId));
        List<UUID> found = entityManager.createNativeQuery("SELECT r.id FROM subject_access_request r WHERE r.person_id IN (:ids)"
                + " OR EXISTS (SELECT 1 FROM unnest(r.candidate_ids) AS candidate(id) WHERE candidate.id IN (:ids))", UUID.class)
                .setParameter("ids", ids).getResultList();
        return records(found.isEmpty() ? List.of()
                : entityManager.createQuery("SELECT r FROM SubjectAccessRequest r WHERE r.id IN :found", SubjectAccessRequest.class)
                        .setParameter("found", found).getResultList());
    }

    @Override
    public byte[] erase(ErasableRecord record) {
        SubjectAccessRequest request = entityManager.find(SubjectAccessRequest.class, UUID.fromString(record.recordId()));
        if (request == null) {
            return null;
        }
        byte[] digest = digest(request.id + "|" + request.personId + "|" + request.bundle + "|" + request.candidates);
        entityManager.remove(request);
        entityManager.flush();
        return digest;
    }

    private static List<ErasableRecord> records(List<SubjectAccessRequest> requests) {
        List<ErasableRecord> records = new ArrayList<>();
        for (SubjectAccessRequest request : requests) {
            List<UUID> people = new ArrayList<>();
            if (request.personId != null) {
                people.add(request.personId);
            }
            people.addAll(List.of(request.candidateIds));
            records.add(ErasableRecord.of(RECORD_TYPE, request.id, people));
        }
        return records;
    }

    private static byte[] digest(String content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
