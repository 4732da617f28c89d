package org.earlyhelp.referral.dataprotection;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import org.earlyhelp.platform.crypto.PersonalData;
import org.earlyhelp.platform.dataprotection.HeldRecord;
import org.earlyhelp.platform.dataprotection.SubjectAccessSource;
import org.earlyhelp.platform.identity.Caller;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * For a subject access request, what referral-service derived about the person in the officer's areas, read as stored
 * (sealed values opened): the "known to services" matches and links naming them, the cumulative-concern alerts about
 * them, and the onward referrals made from referrals naming them, with what each shared (other people shared are
 * third parties).
 */
@ApplicationScoped
class HeldRows implements SubjectAccessSource {

    private static final String MATCHES = """
            select m.id, m.referral_id, p.person_id, m.candidate_person_id, m.candidate_name, m.score, m.reasons, m.status,
                   m.found_at, m.decided_by, m.decided_at, m.person_id_before, m.unlink_reason
            from person_match m join referral_person p on p.id = m.referral_person_id join referral r on r.id = m.referral_id
            where r.area in (:areas)
              and (p.person_id in (:people) or m.candidate_person_id in (:people) or m.person_id_before in (:people))
            order by m.found_at, m.id""";
    private static final String ALERTS = """
            select a.id, a.person_id, a.person_name, a.area, a.status, a.raised_at, a.unconfirmed, a.acknowledged_by,
                   a.acknowledged_at, a.note, a.withdrawn_at, a.withdrawn_reason,
                   (select string_agg(cast(r.referral_id as text), ' ') from concern_alert_referral r where r.alert_id = a.id)
                       as referral_ids
            from concern_alert a where a.person_id in (:people) and a.area in (:areas) order by a.raised_at, a.id""";
    private static final String ONWARD = """
            select o.id, o.referral_id, o.service_name, o.receiving_agency, o.referring_agency, o.status, o.note, o.shared,
                   o.created_at, o.created_by, o.sent_at, o.decided_at, o.decided_by, o.decline_reason, o.closed_at
            from onward_referral o
            where o.area in (:areas) and o.referral_id in (select referral_id from referral_person where person_id in (:people))
            order by o.created_at, o.id""";

    private final EntityManager entities;
    private final PersonLinks links;
    private final PersonalData personalData;
    private final ObjectMapper json;

    HeldRows(EntityManager entities, PersonLinks links, PersonalData personalData, ObjectMapper json) {
        this.entities = entities;
        this.links = links;
        this.personalData = personalData;
        this.json = json;
    }

    @Override
    public List<HeldRecord> recordsAbout(UUID personId, Caller officer) {
        if (officer.areas().isEmpty()) {
            return List.of();
        }
        Set<UUID> people = links.of(personId);
        List<HeldRecord> held = new ArrayList<>();
        for (Tuple row : rows(MATCHES, people, officer.areas())) {
            Map<String, Object> about = fields(row, "referral_id", "person_id", "candidate_person_id", "candidate_name", "score",
                    "reasons", "status", "decided_by", "decided_at", "person_id_before", "unlink_reason");
            held.add(new HeldRecord("person-match", row.get("id").toString(), instant(row.get("found_at")), about, List.of()));
        }
        for (Tuple row : rows(ALERTS, people, officer.areas())) {
            Map<String, Object> about = fields(row, "person_id", "person_name", "area", "status", "unconfirmed", "referral_ids",
                    "acknowledged_by", "acknowledged_at", "note", "withdrawn_at", "withdrawn_reason");
            held.add(new HeldRecord("concern-alert", row.get("id").toString(), instant(row.get("raised_at")), about, List.of()));
        }
        for (Tuple row : rows(ONWARD, people, officer.areas())) {
            held.add(onward(row, people));
        }
        return held;
    }

    private HeldRecord onward(Tuple row, Set<UUID> people) {
        Map<String, Object> about = fields(row, "referral_id", "service_name", "receiving_agency", "referring_agency", "status",
                "note", "created_by", "sent_at", "decided_at", "decided_by", "decline_reason", "closed_at");
        List<HeldRecord.ThirdParty> others = new ArrayList<>();
        String shared = open(row.get("shared"));
        if (shared != null) {
            JsonNode content = read(shared);
            List<JsonNode> you = new ArrayList<>();
            for (JsonNode person : content.path("people")) {
                UUID id = UUID.fromString(person.path("personId").asText());
                if (people.contains(id)) {
                    you.add(person);
                } else {
                    others.add(new HeldRecord.ThirdParty(id, "shared with " + row.get("receiving_agency"), person));
                }
            }
            about.put("sharedAboutYou", you);
            about.put("sharedConcerns", content.path("concerns"));
            about.put("sharedHelpRequested", content.path("helpRequested"));
        }
        return new HeldRecord("onward-referral", row.get("id").toString(), instant(row.get("created_at")), about, others);
    }

    @SuppressWarnings("unchecked")
    private List<Tuple> rows(String sql, Collection<UUID> people, List<String> areas) {
        return entities.createNativeQuery(sql, Tuple.class).setParameter("people", people).setParameter("areas", areas)
                .getResultList();
    }

    /** The columns named, with sealed values opened and times as instants, under camel-case names. */
    private Map<String, Object> fields(Tuple row, String... columns) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (String column : columns) {
            Object value = row.get(column);
            if (value instanceof String text) {
                value = open(text);
            } else if (value instanceof Timestamp || value instanceof OffsetDateTime || value instanceof Instant) {
                value = instant(value);
            }
            fields.put(camel(column), value);
        }
        return fields;
    }

    private String open(Object value) {
        return value == null ? null : personalData.open(value.toString());
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An onward referral's shared content is not JSON", e);
        }
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return (Instant) value;
    }

    private static String camel(String column) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }
}
