package org.earlyhelp.web.directory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.MultivaluedMap;

import org.earlyhelp.web.pages.Answers;
import org.earlyhelp.web.pages.Labels;
import org.earlyhelp.web.pages.UkDates;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A directory service's edit form, both ways: the service as the admin API gives it, as the form's answers; the answers
 * as the service the API is sent back (it replaces a service whole). Contacts, costs and opening times are rows, one
 * per entry and one blank to add another; a row left blank is removed. What the form does not show — a contact's other
 * phones, a schedule's dates and links, languages, service areas that are not a district — is sent back as it was.
 */
final class ServiceQuestions {

    static final List<String> FIELDS = List.of("name", "description", "url", "email", "fees", "accreditations", "minimumAge",
            "maximumAge", "assuredDay", "assuredMonth", "assuredYear", "assurerEmail", "alert", "status", "etag",
            "contactRows", "costRows", "scheduleRows");
    /** Checkbox groups, their values joined by commas. */
    static final List<String> GROUPS = List.of("areas", "terms", "locations");
    static final Map<String, String> DAYS = new LinkedHashMap<>();

    private static final List<String> CONTACT = List.of("Name", "Title", "Email", "Phone");
    private static final List<String> COST = List.of("Option", "Amount", "AmountDescription");
    private static final List<String> SCHEDULE = List.of("Days", "Opens", "Closes", "Description");
    private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3])[:.]([0-5]\\d)");
    private static final Pattern INDEXED = Pattern.compile("^(contacts|costOptions|schedules)\\[(\\d+)]\\.?(\\w*)");
    private static final Map<String, String> PLAIN = Map.ofEntries(Map.entry("name", "name"), Map.entry("description", "description"),
            Map.entry("url", "url"), Map.entry("email", "email"), Map.entry("fees", "fees"),
            Map.entry("accreditations", "accreditations"), Map.entry("minimumAge", "minimumAge"),
            Map.entry("maximumAge", "maximumAge"), Map.entry("ageRangeOrdered", "minimumAge"), Map.entry("assuredDate", "assured"),
            Map.entry("assurerEmail", "assurerEmail"), Map.entry("alert", "alert"), Map.entry("serviceAreas", "areas"),
            Map.entry("attributes", "terms"), Map.entry("serviceAtLocations", "locations"));

    static {
        DAYS.put("MO", "Monday");
        DAYS.put("TU", "Tuesday");
        DAYS.put("WE", "Wednesday");
        DAYS.put("TH", "Thursday");
        DAYS.put("FR", "Friday");
        DAYS.put("SA", "Saturday");
        DAYS.put("SU", "Sunday");
    }

    private ServiceQuestions() {
    }

    /** What was posted: the fields, the checkbox groups and each row's fields. */
    static Answers posted(MultivaluedMap<String, String> posted) {
        Answers form = Answers.from(posted, FIELDS);
        for (String group : GROUPS) {
            form.put(group, joined(posted, group));
        }
        rows(form, "contact", CONTACT, posted);
        rows(form, "cost", COST, posted);
        for (int row = 0; row < count(form, "schedule"); row++) {
            for (String field : SCHEDULE) {
                String name = "schedule" + row + field;
                form.put(name, field.equals("Days") ? joined(posted, name) : trimmed(posted.getFirst(name)));
            }
        }
        return form;
    }

    /** The service as the form shows it, with one blank row each to add a contact, a cost and an opening time. */
    static Answers of(JsonNode service, String etag) {
        Answers form = new Answers();
        for (String field : List.of("name", "description", "url", "email", "fees", "accreditations", "assurerEmail", "alert",
                "status")) {
            form.put(field, service.path(field).asText(""));
        }
        for (String age : List.of("minimumAge", "maximumAge")) {
            form.put(age, service.path(age).isNumber() ? service.path(age).asText() : "");
        }
        if (service.path("assuredDate").isTextual()) {
            LocalDate assured = LocalDate.parse(service.path("assuredDate").asText());
            form.put("assuredDay", Integer.toString(assured.getDayOfMonth())).put("assuredMonth", Integer.toString(assured.getMonthValue()))
                    .put("assuredYear", Integer.toString(assured.getYear()));
        }
        form.put("etag", etag);
        List<String> areas = new ArrayList<>();
        service.path("serviceAreas").forEach(area -> district(area).ifPresent(areas::add));
        form.put("areas", String.join(",", areas));
        List<String> terms = new ArrayList<>();
        service.path("attributes").forEach(attribute -> terms.add(attribute.path("taxonomyTermId").asText()));
        form.put("terms", String.join(",", terms));
        List<String> locations = new ArrayList<>();
        service.path("serviceAtLocations").forEach(site -> locations.add(site.path("locationId").asText()));
        form.put("locations", String.join(",", locations));

        JsonNode contacts = service.path("contacts");
        for (int row = 0; row < contacts.size(); row++) {
            JsonNode contact = contacts.path(row);
            form.put("contact" + row + "Name", contact.path("name").asText("")).put("contact" + row + "Title", contact.path("title").asText(""))
                    .put("contact" + row + "Email", contact.path("email").asText(""))
                    .put("contact" + row + "Phone", contact.path("phones").path(0).path("number").asText(""));
        }
        form.put("contactRows", Integer.toString(contacts.size() + 1));
        JsonNode costs = service.path("costOptions");
        for (int row = 0; row < costs.size(); row++) {
            JsonNode cost = costs.path(row);
            form.put("cost" + row + "Option", cost.path("option").asText("")).put("cost" + row + "Amount", cost.path("amount").asText(""))
                    .put("cost" + row + "AmountDescription", cost.path("amountDescription").asText(""));
        }
        form.put("costRows", Integer.toString(costs.size() + 1));
        JsonNode schedules = service.path("schedules");
        for (int row = 0; row < schedules.size(); row++) {
            JsonNode schedule = schedules.path(row);
            form.put("schedule" + row + "Days", schedule.path("byday").asText("")).put("schedule" + row + "Opens", time(schedule.path("opensAt")))
                    .put("schedule" + row + "Closes", time(schedule.path("closesAt")))
                    .put("schedule" + row + "Description", schedule.path("description").asText(""));
        }
        form.put("scheduleRows", Integer.toString(schedules.size() + 1));
        return form;
    }

    /** The checks the page makes before asking the API: what a person can get wrong in a way the API would not say well. */
    static Answers check(Answers form, List<String> statuses) {
        Answers errors = checkNameAndAges(form);
        if (anyOf(form, "assuredDay", "assuredMonth", "assuredYear") && assured(form).isEmpty()) {
            errors.put("assured", "Enter a real date, for example 27 3 2026");
        }
        if (!statuses.contains(form.get("status"))) {
            errors.put("status", "Select the service's status");
        }
        for (int row = 0; row < count(form, "contact"); row++) {
            String prefix = "contact" + row;
            if (anyOf(form, prefix + "Email", prefix + "Phone", prefix + "Title") && !form.has(prefix + "Name")) {
                errors.put(prefix + "Name", "Enter the contact's name, or a role such as Duty worker");
            }
        }
        for (int row = 0; row < count(form, "cost"); row++) {
            String prefix = "cost" + row;
            if (form.has(prefix + "Amount") && amount(form.get(prefix + "Amount")).isEmpty()) {
                errors.put(prefix + "Amount", "Enter an amount in pounds, for example 5 or 2.50");
            }
        }
        for (int row = 0; row < count(form, "schedule"); row++) {
            String prefix = "schedule" + row;
            if (!anyOf(form, prefix + "Days", prefix + "Opens", prefix + "Closes", prefix + "Description")) {
                continue;
            }
            if (!form.has(prefix + "Days")) {
                errors.put(prefix + "Days", "Select the days it is open");
            }
            for (String end : List.of("Opens", "Closes")) {
                if (!TIME.matcher(form.get(prefix + end)).matches()) {
                    errors.put(prefix + end, "Enter a time on the 24-hour clock, for example 09:30 or 17:00");
                }
            }
        }
        return errors;
    }

    /** A service's name, and its ages in whole years: all that a new service's first page asks. */
    static Answers checkNameAndAges(Answers form) {
        Answers errors = new Answers();
        if (!form.has("name")) {
            errors.put("name", "Enter the service's name");
        }
        for (String age : List.of("minimumAge", "maximumAge")) {
            if (form.has(age) && !form.get(age).matches("\\d{1,3}")) {
                errors.put(age, "Enter an age in whole years, for example 5");
            }
        }
        return errors;
    }

    /** The service the form describes, with what the form does not show taken from the service as it is now. */
    static ObjectNode body(ObjectMapper json, Answers form, JsonNode current) {
        ObjectNode body = json.createObjectNode().put("organizationId", current.path("organizationId").asText())
                .put("name", form.get("name"));
        for (String field : List.of("description", "url", "email", "fees", "accreditations", "assurerEmail", "alert")) {
            if (form.has(field)) {
                body.put(field, form.get(field));
            }
        }
        for (String age : List.of("minimumAge", "maximumAge")) {
            if (form.has(age)) {
                body.put(age, Integer.parseInt(form.get(age)));
            }
        }
        assured(form).ifPresent(date -> body.put("assuredDate", date.toString()));
        ArrayNode languages = body.putArray("languages");
        current.path("languages").forEach(language -> languages.add(copy(json, language, "id", "name", "code", "note")));

        ArrayNode areas = body.putArray("serviceAreas");
        List<String> districts = new ArrayList<>(List.of(form.get("areas").split(",")));
        for (JsonNode area : current.path("serviceAreas")) {
            Optional<String> district = district(area);
            if (district.isEmpty()) {
                areas.add(copy(json, area, "id", "name", "extent", "extentType", "uri"));
            } else if (districts.remove(district.get())) {
                areas.add(copy(json, area, "id", "name", "extent", "extentType", "uri").put("district", district.get()));
            }
        }
        districts.stream().filter(Labels.AREAS::containsKey)
                .forEach(district -> areas.addObject().put("name", Labels.AREAS.get(district)).put("district", district));

        ArrayNode attributes = body.putArray("attributes");
        List<String> terms = new ArrayList<>(List.of(form.get("terms").split(",")));
        for (JsonNode attribute : current.path("attributes")) {
            if (terms.remove(attribute.path("taxonomyTermId").asText())) {
                attributes.add(copy(json, attribute, "id", "taxonomyTermId", "linkType"));
            }
        }
        terms.stream().filter(term -> !term.isBlank()).forEach(term -> attributes.addObject().put("taxonomyTermId", term));

        ArrayNode sites = body.putArray("serviceAtLocations");
        List<String> locations = new ArrayList<>(List.of(form.get("locations").split(",")));
        for (JsonNode site : current.path("serviceAtLocations")) {
            if (locations.remove(site.path("locationId").asText())) {
                sites.add(copy(json, site, "id", "locationId"));
            }
        }
        locations.stream().filter(location -> !location.isBlank()).forEach(location -> sites.addObject().put("locationId", location));

        ArrayNode contacts = body.putArray("contacts");
        for (int row = 0; row < count(form, "contact"); row++) {
            String prefix = "contact" + row;
            if (!anyOf(form, prefix + "Name", prefix + "Title", prefix + "Email", prefix + "Phone")) {
                continue;
            }
            JsonNode was = current.path("contacts").path(row);
            ObjectNode contact = copy(json, was, "id");
            putIfGiven(contact, "name", form.get(prefix + "Name"));
            putIfGiven(contact, "title", form.get(prefix + "Title"));
            putIfGiven(contact, "email", form.get(prefix + "Email"));
            ArrayNode phones = contact.putArray("phones");
            if (form.has(prefix + "Phone")) {
                phones.add(copy(json, was.path("phones").path(0), "id", "description").put("number", form.get(prefix + "Phone")));
            }
            for (int other = 1; other < was.path("phones").size(); other++) {
                phones.add(copy(json, was.path("phones").path(other), "id", "number", "description"));
            }
            contacts.add(contact);
        }

        ArrayNode costs = body.putArray("costOptions");
        for (int row = 0; row < count(form, "cost"); row++) {
            String prefix = "cost" + row;
            if (!anyOf(form, prefix + "Option", prefix + "Amount", prefix + "AmountDescription")) {
                continue;
            }
            ObjectNode cost = copy(json, current.path("costOptions").path(row), "id", "validFrom", "validTo");
            putIfGiven(cost, "option", form.get(prefix + "Option"));
            amount(form.get(prefix + "Amount")).ifPresent(amount -> cost.put("amount", amount));
            putIfGiven(cost, "amountDescription", form.get(prefix + "AmountDescription"));
            costs.add(cost);
        }

        ArrayNode schedules = body.putArray("schedules");
        for (int row = 0; row < count(form, "schedule"); row++) {
            String prefix = "schedule" + row;
            if (!anyOf(form, prefix + "Days", prefix + "Opens", prefix + "Closes", prefix + "Description")) {
                continue;
            }
            ObjectNode schedule = copy(json, current.path("schedules").path(row), "id", "validFrom", "validTo", "dtstart", "interval",
                    "bymonthday", "scheduleLink", "attendingType", "notes");
            schedule.put("freq", "WEEKLY").put("byday", form.get(prefix + "Days")).put("opensAt", clock(form.get(prefix + "Opens")))
                    .put("closesAt", clock(form.get(prefix + "Closes")));
            putIfGiven(schedule, "description", form.get(prefix + "Description"));
            schedules.add(schedule);
        }
        return body;
    }

    /**
     * The question that holds an API field: {@code contacts[1].email} is the second contact's email, {@code
     * attributes[0].taxonomyTermId} the terms; null when the form has no question for it.
     */
    static String formField(String apiField) {
        Matcher indexed = INDEXED.matcher(apiField);
        if (indexed.find()) {
            String row = indexed.group(2);
            String field = indexed.group(3);
            return switch (indexed.group(1)) {
                case "contacts" -> "contact" + row + (field.equals("phones") ? "Phone" : capitalised(field, CONTACT));
                case "costOptions" -> "cost" + row + capitalised(field, COST);
                default -> "schedule" + row + switch (field) {
                    case "opensAt" -> "Opens";
                    case "closesAt" -> "Closes";
                    case "description" -> "Description";
                    default -> "Days";
                };
            };
        }
        String top = apiField.replaceAll("[.\\[].*", "");
        return PLAIN.get(top);
    }

    /** The numbers of the rows of a kind ({@code contact}, {@code cost}, {@code schedule}) the form shows. */
    static List<Integer> rows(Answers form, String kind) {
        List<Integer> rows = new ArrayList<>();
        for (int row = 0; row < count(form, kind); row++) {
            rows.add(row);
        }
        return rows;
    }

    static Optional<LocalDate> assured(Answers form) {
        return UkDates.fromParts(form.get("assuredDay"), form.get("assuredMonth"), form.get("assuredYear"));
    }

    private static String capitalised(String field, List<String> known) {
        String name = field.isEmpty() ? known.get(0) : Character.toUpperCase(field.charAt(0)) + field.substring(1);
        return known.contains(name) ? name : known.get(0);
    }

    private static int count(Answers form, String kind) {
        try {
            return Math.max(0, Math.min(60, Integer.parseInt(form.get(kind + "Rows"))));
        } catch (NumberFormatException missing) {
            return 0;
        }
    }

    private static void rows(Answers form, String kind, List<String> fields, MultivaluedMap<String, String> posted) {
        for (int row = 0; row < count(form, kind); row++) {
            for (String field : fields) {
                form.put(kind + row + field, trimmed(posted.getFirst(kind + row + field)));
            }
        }
    }

    private static String joined(MultivaluedMap<String, String> posted, String name) {
        List<String> values = posted.get(name);
        return values == null ? "" : String.join(",", values.stream().map(String::trim).filter(v -> !v.isEmpty()).toList());
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.trim();
    }

    private static boolean anyOf(Answers form, String... fields) {
        return Arrays.stream(fields).anyMatch(form::has);
    }

    /** An area that is one of the county's districts, named as the district is (as a feed's areas are read). */
    private static Optional<String> district(JsonNode area) {
        String code = area.path("name").asText("").trim().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return Labels.AREAS.containsKey(code) ? Optional.of(code) : Optional.empty();
    }

    private static Optional<BigDecimal> amount(String typed) {
        String pounds = typed.replace("£", "").trim();
        if (!pounds.matches("\\d{1,7}(\\.\\d{1,2})?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(pounds));
    }

    private static String time(JsonNode iso) {
        String value = iso.asText("");
        return value.length() >= 5 ? value.substring(0, 5) : value;
    }

    /** A typed time as the API reads it: 9.30 → 09:30. */
    private static String clock(String typed) {
        Matcher time = TIME.matcher(typed);
        if (!time.matches()) {
            return typed;
        }
        return String.format("%02d:%s", Integer.parseInt(time.group(1)), time.group(2));
    }

    private static ObjectNode copy(ObjectMapper json, JsonNode from, String... fields) {
        ObjectNode copy = json.createObjectNode();
        for (String field : fields) {
            if (from.hasNonNull(field)) {
                copy.set(field, from.get(field));
            }
        }
        return copy;
    }

    private static void putIfGiven(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, value);
        }
    }
}
