package org.earlyhelp.platform.test.fuzz;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import java.util.Set;
import java.util.function.Supplier;

import javax.sql.DataSource;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * Mass assignment (decision 0015): a body that names a field only the service may set is refused, and the database
 * is byte-identical afterwards. Each service's {@code ServerOwnedFieldsTest} keeps the table of its own records' fields
 * and the request that carries one; this checks the answer and the tables.
 *
 * <pre>{@code
 * ServerOwnedFields.in(dataSource).refused(field, () -> Api.submit(teacher, JsonBodies.with(referral, field, value)));
 * }</pre>
 */
public final class ServerOwnedFields {

    /** Refused requests are audited on purpose (denied / not-found rows), and the sealer chains them. */
    public static final Set<String> AUDITED_ATTEMPTS = Set.of("audit_event", "audit_seal");

    private final DataSource dataSource;

    private ServerOwnedFields(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public static ServerOwnedFields in(DataSource dataSource) {
        return new ServerOwnedFields(dataSource);
    }

    /** The request is a {@code 400} problem whose {@code violations[]} name {@code field}, and nothing is stored or changed. */
    public void refused(String field, Supplier<ValidatableResponse> request) {
        unchangedBy(() -> request.get().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(field)));
    }

    /** The request is a problem of {@code status} (a value only the service may set: 422), and nothing is stored or changed. */
    public void refusedWith(int status, Supplier<ValidatableResponse> request) {
        unchangedBy(() -> request.get().statusCode(status).contentType("application/problem+json"));
    }

    /** Every table but the audit trail holds exactly what it held before {@code requests}. */
    public void unchangedBy(Runnable requests) {
        DatabaseSnapshot before = DatabaseSnapshot.take(dataSource, AUDITED_ATTEMPTS);
        requests.run();
        DatabaseSnapshot.Difference difference = before.comparedWith(DatabaseSnapshot.take(dataSource, AUDITED_ATTEMPTS));
        assertThat(difference.none()).as("rows lost or added: %s", difference).isTrue();
    }

    /** A JSON request as {@code bearer} (the whole {@code Authorization} value), with {@code If-Match} when given. */
    public static ValidatableResponse send(String bearer, String method, String path, String ifMatch, Object body) {
        RequestSpecification request = given().header("Authorization", bearer).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().request(method, path).then();
    }
}
