package org.earlyhelp.reliability;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Referral bodies for the fault tests: each family its own child (name, date of birth, postcode
 * drawn from the number), and the request's {@code Idempotency-Key} written into {@code helpRequested},
 * so SQL can count how many referrals one request left behind: {@code Referrals.family(7, key)}.
 */
final class Referrals {

    private static final String[] FIRST = {"Amelia", "Oliver", "Isla", "Noah", "Ava", "Leo", "Mia", "Arthur", "Ivy",
            "Theo", "Freya", "Oscar", "Lily", "Jack", "Rosie", "Harry", "Evie", "Alfie", "Grace", "Finley"};
    private static final String[] LAST = {"Whitfield", "Okafor", "Brennan", "Kowalski", "Hughes", "Patel", "Morgan",
            "Lindqvist", "Osei", "Fairbairn", "Delaney", "Nakamura", "Ashworth", "Quigley", "Rahman", "Sutcliffe",
            "Mbeki", "Trevelyan", "Castell", "Haworth", "Iqbal", "Penrose", "Yardley", "Ferreira", "Wojcik"};
    private static final String POSTCODE_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    private Referrals() {
    }

    /** A school-age child with an attendance concern in Eastmere; {@code n} picks the family, {@code key} marks the request. */
    static Map<String, Object> family(int n, String key) {
        Map<String, Object> child = new LinkedHashMap<>();
        child.put("firstName", FIRST[n % FIRST.length]);
        child.put("lastName", LAST[(n / FIRST.length + Math.abs(key.hashCode())) % LAST.length]);
        child.put("dateOfBirth", LocalDate.of(2012, 1, 1).plusDays(37L * n % 3000).toString());
        child.put("sex", n % 2 == 0 ? "female" : "male");
        child.put("address", Map.of("line1", (n % 90 + 1) + " Mill Lane", "town", "Eastmere", "postcode", postcode(n)));
        child.put("school", "Eastmere Academy");

        Map<String, Object> concern = new LinkedHashMap<>();
        concern.put("category", "education");
        concern.put("description", "Attendance below 80% this term");
        concern.put("since", LocalDate.now().minusMonths(2).toString());
        concern.put("severity", "medium");

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("children", List.of(child));
        body.put("household", List.of());
        body.put("concerns", List.of(concern));
        body.put("whatHasBeenTried", "Meetings with the family at school");
        body.put("family", Map.of("knows", true, "agrees", true));
        body.put("urgency", "routine");
        body.put("helpRequested", helpRequested(key));
        body.put("area", "eastmere");
        return body;
    }

    /** The text a submission with this key carries; {@code content->>'helpRequested'} in SQL. */
    static String helpRequested(String key) {
        return "Family support worker [" + key + "]";
    }

    /** An {@code Idempotency-Key} for request {@code n} of a scenario in this run. */
    static String key(String scenario, int n) {
        return scenario + "-" + Suite.RUN + "-" + n;
    }

    /** SQL {@code LIKE} pattern matching every request of a scenario in this run. */
    static String likeScenario(String scenario) {
        return "%[" + scenario + "-" + Suite.RUN + "-%";
    }

    private static String postcode(int n) {
        return "EM" + (n % 9 + 1) + " " + (n / 9 % 10) + POSTCODE_LETTERS.charAt(n % POSTCODE_LETTERS.length())
                + POSTCODE_LETTERS.charAt(n / POSTCODE_LETTERS.length() % POSTCODE_LETTERS.length());
    }
}
