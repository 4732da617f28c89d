package org.earlyhelp.consent.subjectaccess;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What every context held about the person, as one JSON document: each context's records and access log, and every
 * record's data about other people gathered apart ({@code thirdParties}) for the officer to redact before disclosure.
 */
final class SubjectAccessBundle {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SubjectAccessBundle() {
    }

    /** The bundle of {@code request}, from each context's answer (the platform's {@code PersonHoldings}), by context. */
    static ObjectNode of(SubjectAccessRequest request, Map<String, JsonNode> holdings) {
        ObjectNode bundle = NODES.objectNode();
        bundle.put("requestId", request.id.toString());
        bundle.put("personId", request.personId.toString());
        bundle.put("reference", request.reference);
        bundle.put("requestedBy", request.requestedBy);
        bundle.put("agency", request.agency);
        bundle.put("requestedAt", request.requestedAt.toString());
        ObjectNode contexts = bundle.putObject("contexts");
        ArrayNode thirdParties = NODES.arrayNode();
        holdings.forEach((context, held) -> {
            ObjectNode part = contexts.putObject(context);
            ArrayNode records = part.putArray("records");
            for (JsonNode record : held.path("records")) {
                ObjectNode copy = ((ObjectNode) record).deepCopy();
                JsonNode others = copy.remove("thirdParties");
                records.add(copy);
                for (JsonNode other : others == null ? NODES.arrayNode() : others) {
                    ObjectNode party = NODES.objectNode();
                    party.put("context", context);
                    party.set("recordType", record.path("recordType"));
                    party.set("recordId", record.path("recordId"));
                    party.setAll((ObjectNode) other);
                    thirdParties.add(party);
                }
            }
            part.set("accessLog", held.path("accessLog").isArray() ? held.path("accessLog") : NODES.arrayNode());
        });
        bundle.set("thirdParties", thirdParties);
        return bundle;
    }

    /** The numbers the request shows without opening the bundle. */
    static ObjectNode counts(JsonNode bundle) {
        ObjectNode counts = NODES.objectNode();
        ObjectNode records = counts.putObject("records");
        int accesses = 0;
        for (var context : (Iterable<Map.Entry<String, JsonNode>>) bundle.path("contexts")::fields) {
            records.put(context.getKey(), context.getValue().path("records").size());
            accesses += context.getValue().path("accessLog").size();
        }
        counts.put("accessLog", accesses);
        counts.put("thirdParties", bundle.path("thirdParties").size());
        return counts;
    }
}
