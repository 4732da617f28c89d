package org.earlyhelp.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;

/** Secrets are referenced by name and made outside git; k8s/README.md says how each one comes to exist. */
class SecretsTest {

    static final List<String> OVERLAYS = Suite.OVERLAYS;

    @ParameterizedTest(name = "{0}")
    @FieldSource("OVERLAYS")
    void noSecretValueIsCommitted(String overlay) {
        Manifests manifests = Manifests.overlay(overlay);

        assertThat(manifests.ofKind("Secret")).as("Secrets defined in the manifests").isEmpty();
        assertThat(manifests.all()).noneMatch(object -> object.has("data") && object.path("kind").asText().equals("Secret"));
        assertThat(referencedSecrets(manifests)).as("Secrets the manifests use").isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("OVERLAYS")
    void everySecretTheManifestsUseIsDocumented(String overlay) throws IOException {
        Set<String> documented = documentedSecrets();

        assertThat(documented).containsAll(referencedSecrets(Manifests.overlay(overlay)));
    }

    @Test
    void everyDocumentedSecretIsUsed() throws IOException {
        Set<String> used = new TreeSet<>();
        for (String overlay : OVERLAYS) {
            used.addAll(referencedSecrets(Manifests.overlay(overlay)));
        }

        assertThat(used).containsAll(documentedSecrets());
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("OVERLAYS")
    void eachServiceReadsItsDatabaseLoginFromTheSecretTheOperatorMakesForItsOwnCluster(String overlay) {
        Manifests manifests = Manifests.overlay(overlay);
        for (Suite.Component service : Suite.SERVICES) {
            JsonNode container = manifests.get("Deployment", service.name()).path("spec").path("template").path("spec")
                    .path("containers").get(0);
            Set<String> secrets = new TreeSet<>();
            for (JsonNode env : container.path("env")) {
                if (env.path("name").asText().startsWith("EARLYHELP_DB_")) {
                    secrets.add(env.path("valueFrom").path("secretKeyRef").path("name").asText());
                }
            }
            String cluster = service.database() + "-db";
            manifests.get("Cluster", cluster);

            assertThat(secrets).as(service.name()).containsExactly(cluster + "-app");
            assertThat(DeploymentRulesTest.environment(manifests, container, "EARLYHELP_DB_URL"))
                    .isEqualTo("jdbc:postgresql://" + cluster + "-pooler:5432/" + service.database()
                            + "?sslmode=verify-full&sslrootcert=/etc/early-help/db-ca/ca.crt");
            JsonNode pod = manifests.get("Deployment", service.name()).path("spec").path("template").path("spec");
            assertThat(pod.findValuesAsText("secretName")).as("%s mounts its cluster's CA", service.name()).contains(cluster + "-ca");
            assertThat(manifests.get("Cluster", cluster).path("spec").path("certificates").path("serverAltDNSNames").toString())
                    .as("the pooler's host name is in the server certificate (verify-full)").contains(cluster + "-pooler");
        }
    }

    /** Names of Secrets any object refers to: env and volume references, TLS secrets, operator secret selectors. */
    static Set<String> referencedSecrets(Manifests manifests) {
        Set<String> names = new TreeSet<>();
        manifests.all().forEach(object -> collect(object, names));
        return names;
    }

    private static void collect(JsonNode node, Set<String> names) {
        if (node.isArray()) {
            node.forEach(each -> collect(each, names));
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = field.getKey();
            JsonNode value = field.getValue();
            boolean secretish = key.toLowerCase().contains("secret") || key.equals("accessKeyId") || key.equals("region");
            boolean placeholder = value.asText().startsWith("${");
            if (value.isTextual() && !placeholder && (key.equals("secretName") || key.equals("tlsSecret") || key.equals("secret"))) {
                names.add(value.asText());
            } else if (secretish && value.isObject() && value.path("name").isTextual()) {
                names.add(value.path("name").asText());
            }
            if (value.isContainerNode()) {
                collect(value, names);
            }
        }
    }

    /** The first column of the table under "## Secrets" in k8s/README.md. */
    private static Set<String> documentedSecrets() throws IOException {
        String readme = Files.readString(Manifests.root().resolve("k8s/README.md"));
        String section = readme.substring(readme.indexOf("## Secrets"));
        int next = section.indexOf("\n## ", 3);
        Matcher rows = Pattern.compile("(?m)^\\| `([a-z0-9-]+)` \\|").matcher(next < 0 ? section : section.substring(0, next));
        Set<String> names = new TreeSet<>();
        while (rows.find()) {
            names.add(rows.group(1));
        }
        return names;
    }
}
