package org.earlyhelp.platform.test.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Request bodies with one more field, for mass-assignment tables:
 * {@code JsonBodies.with(referral, "children[0].personId", "\"5f0c…\"")} is a copy of the body
 * whose first child also names a person id (the value is JSON text).
 */
public final class JsonBodies {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern STEP = Pattern.compile("([^.\\[]+)(?:\\[(\\d+)])?");

    private JsonBodies() {
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> with(Map<String, Object> body, String path, String jsonValue) {
        Map<String, Object> copy;
        Object value;
        try {
            copy = JSON.readValue(JSON.writeValueAsBytes(body), new TypeReference<Map<String, Object>>() { });
            value = JSON.readValue(jsonValue, Object.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + jsonValue, e);
        }
        String[] steps = path.split("\\.");
        Map<String, Object> at = copy;
        for (int i = 0; i < steps.length - 1; i++) {
            Matcher step = STEP.matcher(steps[i]);
            if (!step.matches()) {
                throw new IllegalArgumentException("Not a field path: " + path);
            }
            Object next = at.get(step.group(1));
            if (step.group(2) != null) {
                next = ((List<Object>) next).get(Integer.parseInt(step.group(2)));
            }
            at = (Map<String, Object>) next;
        }
        at.put(steps[steps.length - 1], value);
        return copy;
    }
}
