package org.earlyhelp.e2e.access;

import java.util.Map;

import org.earlyhelp.e2e.Agency;
import org.earlyhelp.e2e.Gateway;
import org.earlyhelp.e2e.Login;

/**
 * A service's audit trail ({@code /api/audit/<context>}), about the records of another resource:
 * read = the events about one record, list = the events about its person, change = DELETE.
 */
final class AuditCells extends ResourceCells {

    private final String context;
    private final ResourceCells records;

    AuditCells(String context, ResourceCells records) {
        this.context = context;
        this.records = records;
    }

    @Override
    String name() {
        return context + "-audit";
    }

    @Override
    Fixture make(Relationship relationship, Agency agency) {
        return records.shared(relationship, agency);
    }

    @Override
    Outcome perform(String action, Login caller, Fixture record) {
        String path = "/api/audit/" + context;
        return switch (action) {
            case "read" -> Requests.listedBy(caller, path, Map.of("resourceId", record.id()), event -> event.get("resourceId"),
                    record.id());
            case "list" -> Requests.listedBy(caller, path, Map.of("person", record.personId()), event -> event.get("personIds"),
                    record.personId());
            case "change" -> Requests.outcome(Gateway.as(caller).when().delete(path));
            default -> throw unknown(name(), action);
        };
    }
}
