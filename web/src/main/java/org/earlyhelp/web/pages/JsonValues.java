package org.earlyhelp.web.pages;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.qute.EngineConfiguration;
import io.quarkus.qute.EvalContext;
import io.quarkus.qute.ValueResolver;

/**
 * Lets templates read API answers as they come ({@code {referral.status}}, {@code {#for child in referral.children}}):
 * text, numbers and booleans as themselves, arrays as lists, objects as objects. A missing or null field is
 * {@link Absent}: it prints nothing, is false in {@code #if}, an empty list in {@code #for}, and any field of it is
 * absent too — the services' shapes are theirs, and a field they leave out is normal.
 */
@EngineConfiguration
public class JsonValues implements ValueResolver {

    @Override
    public int getPriority() {
        return 20; // before the built-in list resolver, which would not know Absent's fields
    }

    @Override
    public boolean appliesTo(EvalContext context) {
        return context.getBase() instanceof JsonNode || context.getBase() instanceof Absent
                || context.getBase() instanceof Answers;
    }

    @Override
    public CompletionStage<Object> resolve(EvalContext context) {
        if (context.getBase() instanceof Absent) {
            return CompletableFuture.completedFuture(Absent.INSTANCE);
        }
        if (context.getBase() instanceof Answers answers) {
            if (context.getName().equals("get") && context.getParams().size() == 1) {
                // {form.get(str:concat('outcome-', need.need))}: a field whose name is made on the page
                return context.evaluate(context.getParams().get(0)).thenApply(name -> answers.get(String.valueOf(name)));
            }
            if (context.getName().equals("checked") && context.getParams().size() == 2) {
                // {form.checked('purposes', option.key)}: a checkbox group's answers are kept joined by commas
                return context.evaluate(context.getParams().get(0)).thenCompose(field -> context.evaluate(context.getParams().get(1))
                        .thenApply(value -> java.util.Arrays.asList(answers.get(String.valueOf(field)).split(","))
                                .contains(String.valueOf(value))));
            }
            return CompletableFuture.completedFuture(switch (context.getName()) {
                case "summary" -> answers.summary();
                case "any" -> !answers.summary().isEmpty();
                default -> answers.get(context.getName());
            });
        }
        JsonNode base = (JsonNode) context.getBase();
        String name = context.getName();
        if (base.isArray()) {
            return CompletableFuture.completedFuture(switch (name) {
                case "size" -> base.size();
                case "isEmpty" -> base.isEmpty();
                default -> Absent.INSTANCE;
            });
        }
        return CompletableFuture.completedFuture(value(base.get(name)));
    }

    /** A JSON value as a template sees it. */
    public static Object value(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return Absent.INSTANCE;
        }
        if (node.isTextual()) {
            return node.asText();
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        if (node.isIntegralNumber()) {
            return node.asLong();
        }
        if (node.isNumber()) {
            return node.asDouble();
        }
        if (node.isArray()) {
            List<Object> items = new ArrayList<>();
            node.forEach(item -> items.add(item.isContainerNode() ? item : value(item)));
            return items;
        }
        return node;
    }

    /** A field the API left out. */
    public static final class Absent extends AbstractList<Object> {

        static final Absent INSTANCE = new Absent();

        @Override
        public Object get(int index) {
            throw new IndexOutOfBoundsException(index);
        }

        @Override
        public int size() {
            return 0;
        }

        @Override
        public String toString() {
            return "";
        }
    }
}
