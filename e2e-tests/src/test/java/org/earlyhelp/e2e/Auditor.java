package org.earlyhelp.e2e;

import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;

/** The data protection officer ({@code auditor.dpo}) reading a service's audit trail through the gateway. */
public final class Auditor {

    private Auditor() {
    }

    /** The audit events of {@code context} that match the query (e.g. {@code resourceId}, {@code person}, {@code outcome}), newest first. */
    public static List<Map<String, Object>> events(String context, Map<String, ?> query) {
        JsonPath page = Gateway.as(Login.AUDITOR_DPO).queryParams(query).queryParam("size", 100)
                .when().get("/api/audit/" + context).then().statusCode(200).extract().jsonPath();
        return page.getList("items");
    }
}
