package org.earlyhelp.k8s;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * Checks rendered objects offline. Kubernetes' own kinds are read into the fabric8
 * {@code kubernetes-model} types, where a wrong type fails and a field the type does not know
 * (fabric8 keeps those aside as "additional properties") is an error; operator resources are
 * checked against their CRD schemas. A kind with neither is an error too, so nothing passes
 * unchecked.
 */
final class ManifestValidator {

    private static final Map<String, Class<? extends HasMetadata>> KUBERNETES_KINDS = Map.of(
            "v1 ConfigMap", ConfigMap.class,
            "v1 Namespace", Namespace.class,
            "v1 Secret", Secret.class,
            "v1 Service", Service.class,
            "v1 ServiceAccount", ServiceAccount.class,
            "apps/v1 Deployment", Deployment.class,
            "autoscaling/v2 HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "networking.k8s.io/v1 Ingress", Ingress.class,
            "networking.k8s.io/v1 NetworkPolicy", NetworkPolicy.class,
            "policy/v1 PodDisruptionBudget", PodDisruptionBudget.class);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CustomResourceSchemas customResources = new CustomResourceSchemas();

    /** Every problem of every object, each prefixed with the object's kind/name; empty when all are valid. */
    List<String> problems(Manifests manifests) {
        List<String> problems = new ArrayList<>();
        for (JsonNode object : manifests.all()) {
            problems(object).forEach(problem -> problems.add(Manifests.describe(object) + ": " + problem));
        }
        return problems;
    }

    List<String> problems(JsonNode object) {
        String apiVersion = object.path("apiVersion").asText();
        String kind = object.path("kind").asText();
        if (Manifests.nameOf(object).isBlank()) {
            return List.of("metadata.name is missing");
        }
        Class<? extends HasMetadata> type = KUBERNETES_KINDS.get(apiVersion + " " + kind);
        if (type != null) {
            return typed(object, type);
        }
        List<String> problems = new ArrayList<>(customResources.forObject(apiVersion, kind)
                .map(schema -> against(schema, object))
                .orElse(List.of("no schema for apiVersion " + apiVersion + ", kind " + kind
                        + " (add it to ManifestValidator or its CRD under crds/)")));
        // Pod templates inside operator resources: read as Kubernetes' own PodTemplateSpec.
        JsonNode template = switch (kind) {
            case "Keycloak" -> object.path("spec").path("unsupported").path("podTemplate");
            case "Pooler" -> object.path("spec").path("template");
            default -> null;
        };
        if (template != null && !template.isMissingNode()) {
            typed(template, PodTemplateSpec.class).forEach(problem -> problems.add("pod template: " + problem));
        }
        return problems;
    }

    private static List<String> typed(JsonNode object, Class<?> type) {
        Object typed;
        try {
            typed = JSON.treeToValue(object, type);
        } catch (Exception e) {
            return List.of("not a valid " + type.getSimpleName() + ": " + e.getMessage().lines().findFirst().orElse(""));
        }
        List<String> problems = new ArrayList<>();
        unknownFields(typed, "", problems, Collections.newSetFromMap(new IdentityHashMap<>()));
        return problems;
    }

    private static List<String> against(JsonSchema schema, JsonNode object) {
        return schema.validate(object).stream().map(message -> message.getMessage()).sorted().toList();
    }

    /** Walks the typed object: any "additional property" is a field the Kubernetes API does not have. */
    private static void unknownFields(Object value, String path, List<String> problems, Set<Object> seen) {
        if (value == null || !seen.add(value)) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int index = 0;
            for (Object item : items) {
                unknownFields(item, path + "[" + index++ + "]", problems, seen);
            }
            return;
        }
        if (value instanceof Map<?, ?> entries) {
            entries.forEach((key, item) -> unknownFields(item, path + "." + key, problems, seen));
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getDeclaringClass().getName().startsWith("io.fabric8.")) {
                continue;
            }
            String name = getter.getName();
            if (name.equals("getAdditionalProperties")) {
                Map<?, ?> unknown = (Map<?, ?>) invoke(getter, value);
                if (unknown != null) {
                    unknown.keySet().forEach(field -> problems.add("unknown field " + (path.isEmpty() ? "" : path.substring(1) + ".") + field));
                }
            } else if (name.startsWith("get") && name.length() > 3) {
                String property = Character.toLowerCase(name.charAt(3)) + name.substring(4);
                unknownFields(invoke(getter, value), path + "." + property, problems, seen);
            }
        }
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + getter, e);
        }
    }
}
