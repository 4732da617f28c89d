package org.earlyhelp.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.earlyhelp.platform.test.Tokens;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * Errors the HTTP server raises before any resource runs (an overlong path or query, broken percent-encoding, a
 * method or media type the route does not take) are problems too: {@code application/problem+json}, a {@code type}
 * URI of their kind, the {@code instance}, and words meant for a partner's developer. Sent as raw bytes, as a
 * careless client would, so that no HTTP library tidies the request first.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class HttpLayerProblemsTest {

    private static final String TOKEN = Tokens.user("pc.hughes").agency("northshire-police", "police").roles("practitioner")
            .bearer();

    @Test
    void anOverlongPathIs414() throws IOException {
        assertProblem(send("GET /api/toys/" + "a".repeat(20_000) + " HTTP/1.1", Map.of()), 414);
    }

    @Test
    void anOverlongQueryIs414() throws IOException {
        assertProblem(send("GET /api/toys?page=" + "1".repeat(20_000) + " HTTP/1.1", Map.of()), 414);
    }

    /** Before every filter, a service's own that decodes the path included ({@link PathReadingFilter}). */
    @Test
    void brokenPercentEncodingInThePathIs400() throws IOException {
        // The path as sent, and the problem's instance: that path as a valid URI reference, its stray % written %25.
        Map<String, String> instances = Map.of("/api/toys/%zz", "/api/toys/%25zz", "/api/toys/%E0%A4%A", "/api/toys/%E0%A4%25A",
                "/api/toys/50%", "/api/toys/50%25");
        for (Map.Entry<String, String> path : instances.entrySet()) {
            Map<?, ?> problem = assertProblem(send("GET " + path.getKey() + " HTTP/1.1", Map.of("Authorization", TOKEN)), 400);
            assertThat(problem.get("type")).isEqualTo("/problems/bad-request");
            assertThat((String) problem.get("detail")).as(path.getKey()).contains("not a valid URI", "malformed escape pair", "%25");
            assertThat(problem.get("instance")).isEqualTo(path.getValue());
            java.net.URI.create(path.getValue());
        }
    }

    @Test
    void brokenPercentEncodingInTheQueryIs400() throws IOException {
        Map<?, ?> problem = assertProblem(send("GET /api/toys?page=%zz HTTP/1.1", Map.of("Authorization", TOKEN)), 400);
        assertThat(problem.get("instance")).isEqualTo("/api/toys");
        assertThat(problem.get("requestId")).isNotNull();
        assertThat((String) problem.get("detail")).contains("at character 16");
        // Without a token too: the address is checked before anything else.
        assertProblem(send("GET /api/toys?x=%zz HTTP/1.1", Map.of()), 400);
    }

    @Test
    void aCharacterAPathMayNotHoldIs400() throws IOException {
        Map<?, ?> problem = assertProblem(send("GET /api/toys/a\\b HTTP/1.1", Map.of("Authorization", TOKEN)), 400);
        assertThat((String) problem.get("detail")).contains("illegal character in path");
        assertThat(problem.get("instance")).isEqualTo("/api/toys/a%5Cb");
    }

    @Test
    void aMethodTheRouteDoesNotTakeIs405() throws IOException {
        assertProblem(send("DELETE /api/toys HTTP/1.1", Map.of("Authorization", TOKEN)), 405);
    }

    @Test
    void aMediaTypeTheRouteCannotProduceIs406() throws IOException {
        assertProblem(send("GET /api/toys HTTP/1.1", Map.of("Authorization", TOKEN, "Accept", "application/xml")), 406);
    }

    @Test
    void aBodyOfAnotherMediaTypeIs415() throws IOException {
        assertProblem(send("POST /api/toys HTTP/1.1", Map.of("Authorization", TOKEN, "Content-Type", "text/csv",
                "Content-Length", "3"), "a,b"), 415);
    }

    @Test
    void aPathNobodyServesIs404() throws IOException {
        assertProblem(send("GET /nowhere/at/all HTTP/1.1", Map.of("Authorization", TOKEN)), 404);
    }

    private static Map<?, ?> assertProblem(Answer answer, int status) throws IOException {
        assertThat(answer.status).as(answer.toString()).isEqualTo(status);
        assertThat(answer.header("content-type")).as(answer.toString()).startsWith("application/problem+json");
        Map<?, ?> problem = new ObjectMapper().readValue(answer.body, Map.class);
        assertThat(problem.get("status")).isEqualTo(status);
        assertThat((String) problem.get("type")).as(answer.toString()).startsWith("/problems/").isNotEqualTo("about:blank");
        assertThat(problem.get("instance")).as(answer.toString()).isNotNull();
        assertThat(problem.get("title")).isNotNull();
        for (String internal : List.of("@", "jakarta", "javax", "org.jboss", "io.vertx", "Exception", "RESTEASY")) {
            assertThat(String.valueOf(problem.get("detail"))).as(answer.toString()).doesNotContain(internal);
        }
        return problem;
    }

    private static Answer send(String requestLine, Map<String, String> headers) throws IOException {
        return send(requestLine, headers, null);
    }

    private static Answer send(String requestLine, Map<String, String> headers, String body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            StringBuilder request = new StringBuilder(requestLine).append("\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
            headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
            request.append("\r\n");
            if (body != null) {
                request.append(body);
            }
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return Answer.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private record Answer(int status, Map<String, String> headers, String body) {

        static Answer parse(String raw) {
            int end = raw.indexOf("\r\n\r\n");
            String head = end < 0 ? raw : raw.substring(0, end);
            String body = end < 0 ? "" : raw.substring(end + 4);
            String[] lines = head.split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            Map<String, String> headers = new java.util.HashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.put(lines[i].substring(0, colon).trim().toLowerCase(), lines[i].substring(colon + 1).trim());
                }
            }
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                body = unchunk(body);
            }
            return new Answer(status, headers, body);
        }

        private static String unchunk(String chunked) {
            StringBuilder body = new StringBuilder();
            int at = 0;
            while (true) {
                int lineEnd = chunked.indexOf("\r\n", at);
                int size = Integer.parseInt(chunked.substring(at, lineEnd).trim(), 16);
                if (size == 0) {
                    return body.toString();
                }
                body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
                at = lineEnd + 2 + size + 2;
            }
        }

        String header(String name) {
            return headers.getOrDefault(name, "");
        }
    }
}
