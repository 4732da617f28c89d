package org.earlyhelp.k8s;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the prod overlay's image pins ({@code k8s/overlays/prod/images/kustomization.yaml}, a
 * kustomize Component with an {@code images:} list) from what the release build pushed: each
 * module's {@code target/jib-image.digest} (Jib writes it after a push), and
 * {@code k8s/keycloak/target/keycloak-image.digest} for the Keycloak image built from
 * {@code k8s/keycloak/Containerfile}. Run it after the push:
 *
 * <pre>
 * ./mvnw -B -ntp package -DskipTests -Dquarkus.container-image.build=true -Dquarkus.container-image.push=true
 * ./mvnw -B -q -pl k8s-tests test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.earlyhelp.k8s.PinImages
 * </pre>
 *
 * An image with no digest file keeps the digest the file already has; one that never had one gets
 * a placeholder (the SHA-256 of "unreleased " and its name), and the file's header lists every
 * placeholder, so nobody takes one for a release. PostgreSQL's image is a public one, pinned here.
 */
public final class PinImages {

    static final String FILE = "k8s/overlays/prod/images/kustomization.yaml";
    static final String OWN_REGISTRY = "ghcr.io/early-help-hub/";
    static final String POSTGRES = "ghcr.io/cloudnative-pg/postgresql";
    static final String POSTGRES_TAG = "17.6-standard-bookworm";
    /** Published digest of ghcr.io/cloudnative-pg/postgresql:17.6-standard-bookworm (linux/amd64 and arm64 index). */
    static final String POSTGRES_DIGEST = "sha256:a62c149a342b2b1955dda3a9d75e2c6851622e43302a577f393271c19a3c8622";

    private static final Pattern ENTRY = Pattern.compile("- name: (\\S+)\\n\\s+newTag: (\\S+)\\n\\s+digest: (sha256:[0-9a-f]{64})");
    private static final Pattern DIGEST = Pattern.compile("sha256:[0-9a-f]{64}");

    /** One image pin. */
    record Pin(String name, String tag, String digest) {
        boolean placeholder() {
            return digest.equals(placeholderOf(name));
        }
    }

    private PinImages() {
    }

    /** The pins for the modules and Keycloak (with the tag each builds), read from digest files under root where they exist. */
    static List<Pin> pins(Path root, Map<String, String> tags, Map<String, String> current) throws IOException {
        List<Pin> pins = new ArrayList<>();
        for (Map.Entry<String, String> image : tags.entrySet()) {
            String module = image.getKey();
            String name = OWN_REGISTRY + module;
            Path digestFile = module.equals("keycloak") ? root.resolve("k8s/keycloak/target/keycloak-image.digest")
                    : root.resolve(module).resolve("target/jib-image.digest");
            String digest;
            if (Files.isRegularFile(digestFile)) {
                digest = Files.readString(digestFile).strip();
                if (!DIGEST.matcher(digest).matches()) {
                    throw new IllegalArgumentException(digestFile + " holds no sha256 digest: " + digest);
                }
            } else {
                digest = current.getOrDefault(name, placeholderOf(name));
            }
            pins.add(new Pin(name, image.getValue(), digest));
        }
        pins.add(new Pin(POSTGRES, POSTGRES_TAG, POSTGRES_DIGEST));
        return pins;
    }

    static String placeholderOf(String name) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(("unreleased " + name).getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String render(List<Pin> pins) {
        StringBuilder out = new StringBuilder();
        out.append("# Made by org.earlyhelp.k8s.PinImages from the release build's digest files; do not edit.\n");
        out.append("# Every image of the prod overlay runs by digest (k8s-tests ImagesTest fails on a bare tag).\n");
        List<String> placeholders = pins.stream().filter(Pin::placeholder).map(Pin::name).toList();
        if (placeholders.isEmpty()) {
            out.append("# Every digest below is a pushed image.\n");
        } else {
            out.append("# PLACEHOLDER digests (no release pushed yet; the release build replaces them, k8s/README.md \"Images\"):\n");
            placeholders.forEach(name -> out.append("#   ").append(name).append('\n'));
        }
        out.append("apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\nconfigurations:\n  - image-fields.yaml\nimages:\n");
        for (Pin pin : pins) {
            out.append("  - name: ").append(pin.name()).append('\n');
            out.append("    newTag: ").append(pin.tag()).append('\n');
            out.append("    digest: ").append(pin.digest()).append('\n');
        }
        return out.toString();
    }

    /** The pins a committed file holds, by image name. */
    static Map<String, String> digestsIn(String file) {
        Map<String, String> digests = new LinkedHashMap<>();
        Matcher entry = ENTRY.matcher(file);
        while (entry.find()) {
            digests.put(entry.group(1), entry.group(3));
        }
        return digests;
    }

    /** Module (or "keycloak") to the tag its image is built with: the modules' container-image tag, keycloak.version for Keycloak. */
    static Map<String, String> tags(Path root) throws IOException {
        Map<String, String> tags = new LinkedHashMap<>();
        for (Suite.Component component : Suite.ALL) {
            tags.put(component.name(), Suite.imageTag(root, component.name()));
        }
        tags.put("keycloak", Suite.keycloakVersion(root));
        return tags;
    }

    public static void main(String[] args) throws IOException {
        Path root = Manifests.root();
        Path file = root.resolve(FILE);
        Map<String, String> current = Files.isRegularFile(file) ? digestsIn(Files.readString(file)) : Map.of();
        List<Pin> pins = pins(root, tags(root), current);
        Files.writeString(file, render(pins));
        System.out.println("Wrote " + FILE + ": " + pins.stream().filter(Pin::placeholder).count() + " placeholder digest(s)");
    }
}
