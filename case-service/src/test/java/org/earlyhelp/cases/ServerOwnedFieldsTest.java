package org.earlyhelp.cases;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.earlyhelp.platform.test.fuzz.JsonBodies;
import org.earlyhelp.platform.test.fuzz.ServerOwnedFields;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Mass assignment: what the service decides about a case (id, reference, status, lead agency
 * and practitioner, how and when it opened or closed, its team and version) cannot be set
 * through the body that opens it. Each such field is refused with a 400 naming it, and
 * nothing is stored.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
@WithTestResource(StubNeighbours.class)
class ServerOwnedFieldsTest {

    @Inject
    DataSource dataSource;

    @ParameterizedTest(name = "a case opened by hand naming {0} = {1} is refused")
    @CsvSource(delimiter = '|', textBlock = """
            id                 | "7d3c8f0e-6a55-4f8e-9a2b-1f0c2d3e4f5a"
            reference          | "EH-2020-000001"
            status             | "closed"
            leadAgency         | "northshire-police"
            leadPractitioner   | "someone.else"
            openedAt           | "2020-01-01T00:00:00Z"
            openedVia          | "referral"
            closedAt           | "2020-01-02T00:00:00Z"
            team               | [{"agency": "northshire-police"}]
            version            | 7
            createdBy          | "someone.else"
            """)
    void aCaseCannotSayWhoLeadsItOrWhatStateItIsIn(String field, String value) {
        ServerOwnedFields.in(dataSource).refused(field,
                () -> Api.post(Agencies.charityLead(), "/api/cases", JsonBodies.with(GeneratedBadInputTest.MOTHER_AND_BABY, field, value)));
    }
}
