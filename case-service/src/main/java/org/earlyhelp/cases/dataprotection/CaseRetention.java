package org.earlyhelp.cases.dataprotection;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.earlyhelp.cases.casefile.Case;
import org.earlyhelp.cases.casefile.CasePerson;
import org.earlyhelp.cases.casefile.CaseStatus;
import org.earlyhelp.cases.casefile.PersonLinks;
import org.earlyhelp.platform.dataprotection.ErasableRecord;
import org.earlyhelp.platform.dataprotection.RetentionConfig;
import org.earlyhelp.platform.dataprotection.RetentionJob;
import org.earlyhelp.platform.dataprotection.RetentionRule;

/**
 * An early help case (decision 0061, IRMS): a closed case is kept until its youngest child's 25th birthday
 * ({@code earlyhelp.retention.keep.child-record} from the date of birth) and at least
 * {@code earlyhelp.retention.keep.early-help-case} from closure, whichever is later. An open case is never due. A child
 * whose date of birth the case does not hold, or a case with no child on it, counts as a child born on the day the case
 * closed: of the readings, the one that keeps the record longer. Erasing a case deletes everything this service keeps
 * about it, every table listed in {@link #PARTS}.
 */
@ApplicationScoped
class CaseRetention implements RetentionRule {

    static final String RECORD_TYPE = "early-help-case";
    static final String CHILD_RECORD = "child-record";
    /** Cases looked at per query while finding the due ones (their dates of birth are sealed: compared here, not in SQL). */
    private static final int SCAN = 200;

    /**
     * Every table holding something about a case, and the rows of case {@code ?1} in it, in the order they are deleted
     * (rows before the rows they refer to). The referrals the case came from are the case's too: what this service saw
     * of them (the family's names from {@code referral.accepted}) goes with it.
     */
    private static final List<Part> PARTS = List.of(
            new Part("seen_referral_person", "referral_id in (select referral_id from case_referral where case_id = ?1)"),
            new Part("seen_referral", "referral_id in (select referral_id from case_referral where case_id = ?1)"),
            new Part("team_member_basis", "member_id in (select id from team_member where case_id = ?1)"),
            new Part("team_member", "case_id = ?1"),
            new Part("case_need", "case_id = ?1"),
            new Part("plan_action", "case_id = ?1"),
            new Part("case_review_attendee", "review_id in (select id from case_review where case_id = ?1)"),
            new Part("case_review_progress", "review_id in (select id from case_review where case_id = ?1)"),
            new Part("case_review", "case_id = ?1"),
            new Part("case_note", "case_id = ?1"),
            new Part("lead_transfer", "case_id = ?1"),
            new Part("case_history", "case_id = ?1"),
            new Part("case_alert", "case_id = ?1"),
            new Part("case_person", "case_id = ?1"),
            new Part("case_referral", "case_id = ?1"),
            new Part("early_help_case", "id = ?1"));

    private final EntityManager entityManager;
    private final RetentionConfig config;

    CaseRetention(EntityManager entityManager, RetentionConfig config) {
        this.entityManager = entityManager;
        this.config = config;
    }

    @Override
    public String recordType() {
        return RECORD_TYPE;
    }

    @Override
    @Transactional
    public List<ErasableRecord> due(Instant asOf, Period keep, int limit) {
        Period childRecord = config.keep(CHILD_RECORD);
        List<ErasableRecord> due = new ArrayList<>();
        for (int first = 0; due.size() < limit; first += SCAN) {
            List<Case> closed = entityManager.createQuery("""
                    select c from EarlyHelpCase c where c.status = :closed and c.closedAt < :closedBefore
                    order by c.closedAt, c.id""", Case.class)
                    .setParameter("closed", CaseStatus.CLOSED).setParameter("closedBefore", RetentionJob.before(asOf, keep))
                    .setFirstResult(first).setMaxResults(SCAN).getResultList();
            closed.stream().filter(kase -> childRecordEnded(kase, asOf, childRecord)).limit(limit - due.size())
                    .forEach(kase -> due.add(record(kase)));
            if (closed.size() < SCAN) {
                break;
            }
        }
        return due;
    }

    /** Every child on the case has had their 25th birthday (by the period configured) before {@code asOf}. */
    private static boolean childRecordEnded(Case kase, Instant asOf, Period childRecord) {
        LocalDate today = LocalDate.ofInstant(asOf, ZoneOffset.UTC);
        LocalDate closedOn = LocalDate.ofInstant(kase.closedAt(), ZoneOffset.UTC);
        List<LocalDate> births = kase.people().stream().filter(CasePerson::child)
                .map(child -> child.dateOfBirth() == null ? closedOn : child.dateOfBirth()).toList();
        LocalDate youngest = births.stream().max(LocalDate::compareTo).orElse(closedOn);
        return youngest.plus(childRecord).isBefore(today);
    }

    @Override
    @Transactional
    public List<ErasableRecord> naming(UUID personId) {
        return entityManager.createQuery("select distinct p.parent from CasePerson p where "
                + PersonLinks.knownAs("p.personId", ":person", "linked"), Case.class)
                .setParameter("person", personId).getResultList().stream().map(CaseRetention::record).toList();
    }

    private static ErasableRecord record(Case kase) {
        return ErasableRecord.of(RECORD_TYPE, kase.id(), kase.personIds());
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public byte[] erase(ErasableRecord record) {
        UUID caseId = UUID.fromString(record.recordId());
        // Locks the case, so two replicas' jobs erase it once: the second finds it gone.
        List<?> found = entityManager.createNativeQuery("select id from early_help_case where id = ?1 for update")
                .setParameter(1, caseId).getResultList();
        if (found.isEmpty()) {
            return null;
        }
        entityManager.flush();
        entityManager.clear();
        MessageDigest digest = sha256();
        for (Part part : PARTS) {
            for (Object row : entityManager.createNativeQuery("select t::text from " + part.table() + " t where " + part.rows()
                    + " order by t::text").setParameter(1, caseId).getResultList()) {
                digest.update((part.table() + ":" + row + "\n").getBytes(StandardCharsets.UTF_8));
            }
            entityManager.createNativeQuery("delete from " + part.table() + " where " + part.rows()).setParameter(1, caseId)
                    .executeUpdate();
        }
        return digest.digest();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** A table and the condition selecting a case's rows in it. */
    private record Part(String table, String rows) {
    }
}
