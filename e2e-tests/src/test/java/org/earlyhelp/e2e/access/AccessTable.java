package org.earlyhelp.e2e.access;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.earlyhelp.e2e.Login;

/**
 * The access matrix as written in {@code access-matrix.txt}: rules of
 * {@code resource | action | relationship | caller | expected | why}, the first match deciding a cell.
 */
final class AccessTable {

    private final List<Rule> rules;

    private AccessTable(List<Rule> rules) {
        this.rules = rules;
    }

    static AccessTable read(String resource) {
        try (InputStream in = AccessTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No access table " + resource);
            }
            List<Rule> rules = new ArrayList<>();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    rules.add(Rule.parse(line, number));
                }
            }
            return new AccessTable(rules);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + resource, e);
        }
    }

    /** The rule that decides a cell: the first one matching it. */
    Optional<Rule> ruleFor(String resource, String action, Relationship relationship, Login caller) {
        return rules.stream().filter(rule -> rule.matches(resource, action, relationship, caller)).findFirst();
    }

    /** Every action the table names for a resource, in the order it first names them. */
    List<String> actionsOf(String resource) {
        return rules.stream().filter(rule -> rule.resource.equals(resource))
                .flatMap(rule -> rule.actions.stream()).filter(action -> !action.equals("any")).distinct().toList();
    }

    /** Every resource the table names, in order. */
    List<String> resources() {
        return rules.stream().map(rule -> rule.resource).filter(resource -> !resource.equals("anything")).distinct().toList();
    }

    /** One line of the table. */
    static final class Rule {

        final int line;
        final String resource;
        final Set<String> actions;
        final Set<String> relationships;
        final String caller;
        final Expected expected;
        final String why;

        private Rule(int line, String resource, Set<String> actions, Set<String> relationships, String caller,
                Expected expected, String why) {
            this.line = line;
            this.resource = resource;
            this.actions = actions;
            this.relationships = relationships;
            this.caller = caller;
            this.expected = expected;
            this.why = why;
        }

        static Rule parse(String text, int line) {
            String[] columns = text.split("\\|", -1);
            if (columns.length < 5) {
                throw new IllegalArgumentException("Line " + line + " of the access table has too few columns: " + text);
            }
            String caller = columns[3].trim();
            if (!List.of("anonymous", "anyone").contains(caller) && !caller.startsWith("role:") && !caller.startsWith("!role:")) {
                Login.of(caller); // a misspelt login would otherwise silently match nobody
            }
            return new Rule(line, columns[0].trim(), set(columns[1]), set(columns[2]), caller,
                    Expected.of(columns[4]), columns.length > 5 ? columns[5].trim() : "");
        }

        private static Set<String> set(String column) {
            return Arrays.stream(column.split(",")).map(String::trim).collect(Collectors.toCollection(LinkedHashSet::new));
        }

        boolean matches(String resource, String action, Relationship relationship, Login login) {
            return (this.resource.equals("anything") || this.resource.equals(resource))
                    && (actions.contains("any") || actions.contains(action))
                    && (relationships.contains("any") || relationships.contains(relationship.label()))
                    && callerMatches(login);
        }

        private boolean callerMatches(Login login) {
            if (caller.equals("anonymous")) {
                return login == Login.ANONYMOUS;
            }
            if (login == Login.ANONYMOUS) {
                return false;
            }
            if (caller.equals("anyone")) {
                return true;
            }
            if (caller.startsWith("role:")) {
                return roles(caller.substring(5)).stream().anyMatch(login::hasRole);
            }
            if (caller.startsWith("!role:")) {
                return roles(caller.substring(6)).stream().noneMatch(login::hasRole);
            }
            return caller.equals(login.username());
        }

        private static List<String> roles(String list) {
            return Arrays.stream(list.split(",")).map(String::trim).toList();
        }

        @Override
        public String toString() {
            return "line " + line + (why.isEmpty() ? "" : " (" + why + ")");
        }
    }
}
