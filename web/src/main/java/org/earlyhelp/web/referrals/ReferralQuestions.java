package org.earlyhelp.web.referrals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.earlyhelp.web.pages.Answers;
import org.earlyhelp.web.pages.Labels;
import org.earlyhelp.web.pages.UkDates;

/**
 * The question pages' fields and the checks a person should hear about before the API does (a missing answer, a
 * date that does not exist). The API still decides: its field errors come back on check your answers.
 */
final class ReferralQuestions {

    static final List<String> CHILD = List.of("unborn", "firstName", "lastName", "dobDay", "dobMonth", "dobYear", "dueDay",
            "dueMonth", "dueYear", "sex", "line1", "line2", "town", "postcode", "school", "nhsNumber");
    static final List<String> MEMBER = List.of("firstName", "lastName", "dobDay", "dobMonth", "dobYear", "relationship");
    static final List<String> CONCERN = List.of("category", "description", "sinceDay", "sinceMonth", "sinceYear", "severity");
    static final List<String> RISK = List.of("immediateRisk", "urgency");
    static final List<String> FAMILY = List.of("knows", "agrees", "reasonIfNot", "familyViews", "whatHasBeenTried",
            "helpRequested", "area");

    private static final String POSTCODE = "(?i)[A-Z]{1,2}[0-9][0-9A-Z]? ?[0-9][A-Z]{2}";

    private ReferralQuestions() {
    }

    static Answers checkChild(Answers child) {
        Answers errors = new Answers();
        if (!child.has("unborn")) {
            errors.put("unborn", "Select yes if the child is not born yet");
        }
        boolean unborn = "yes".equals(child.get("unborn"));
        if (!unborn && !child.has("firstName")) {
            errors.put("firstName", "Enter the child's first name");
        }
        if (!child.has("lastName")) {
            errors.put("lastName", "Enter the child's last name, or the family's last name for an unborn child");
        }
        if (unborn) {
            Optional<LocalDate> due = date(child, "due");
            if (due.isEmpty()) {
                errors.put("dueDay", "Enter the expected due date, for example 27 3 2027");
            } else if (due.get().isBefore(LocalDate.now(UkDatesZone.LONDON))) {
                errors.put("dueDay", "The expected due date must be today or in the future");
            }
        } else if (child.has("unborn")) {
            Optional<LocalDate> born = date(child, "dob");
            if (born.isEmpty()) {
                errors.put("dobDay", "Enter the child's date of birth, for example 3 9 2013");
            } else if (born.get().isAfter(LocalDate.now(UkDatesZone.LONDON))) {
                errors.put("dobDay", "The date of birth must be in the past");
            }
        }
        if (!child.has("line1")) {
            errors.put("line1", "Enter the first line of the address");
        }
        if (!child.has("town")) {
            errors.put("town", "Enter the town");
        }
        if (!child.get("postcode").matches(POSTCODE)) {
            errors.put("postcode", "Enter a real postcode, like NS1 2AB");
        }
        if (child.has("nhsNumber") && !child.get("nhsNumber").replace(" ", "").matches("[0-9]{10}")) {
            errors.put("nhsNumber", "An NHS number is 10 digits, like 943 476 5919");
        }
        return errors;
    }

    static Answers checkMember(Answers member) {
        Answers errors = new Answers();
        if (!member.has("firstName")) {
            errors.put("firstName", "Enter their first name");
        }
        if (!member.has("lastName")) {
            errors.put("lastName", "Enter their last name");
        }
        if (member.has("dobDay") || member.has("dobMonth") || member.has("dobYear")) {
            Optional<LocalDate> born = date(member, "dob");
            if (born.isEmpty() || born.get().isAfter(LocalDate.now(UkDatesZone.LONDON))) {
                errors.put("dobDay", "Enter a real date of birth in the past, for example 14 2 1998, or leave it empty");
            }
        }
        if (!member.has("relationship")) {
            errors.put("relationship", "Enter their relationship to the children, for example mother or partner");
        }
        return errors;
    }

    static Answers checkConcern(Answers concern) {
        Answers errors = new Answers();
        if (!Labels.CONCERNS.containsKey(concern.get("category"))) {
            errors.put("category", "Select what the concern is about");
        }
        if (!concern.has("description")) {
            errors.put("description", "Describe the concern");
        }
        if (concern.has("sinceDay") || concern.has("sinceMonth") || concern.has("sinceYear")) {
            Optional<LocalDate> since = date(concern, "since");
            if (since.isEmpty() || since.get().isAfter(LocalDate.now(UkDatesZone.LONDON))) {
                errors.put("sinceDay", "Enter a real date in the past, for example 1 9 2026, or leave it empty");
            }
        }
        if (!Labels.SEVERITIES.containsKey(concern.get("severity"))) {
            errors.put("severity", "Select how serious the concern is");
        }
        return errors;
    }

    static Answers checkRisk(Answers risk) {
        Answers errors = new Answers();
        if (!risk.has("immediateRisk")) {
            errors.put("immediateRisk", "Select yes if a child is at immediate risk of significant harm");
        } else if ("no".equals(risk.get("immediateRisk")) && !List.of("routine", "urgent").contains(risk.get("urgency"))) {
            errors.put("urgency", "Select how urgent the referral is");
        }
        return errors;
    }

    static Answers checkFamily(Answers family) {
        Answers errors = new Answers();
        if (!family.has("knows")) {
            errors.put("knows", "Select yes if the family knows about this referral");
        }
        if (!family.has("agrees")) {
            errors.put("agrees", "Select yes if the family agrees to this referral");
        }
        boolean reasonNeeded = "no".equals(family.get("knows")) || "no".equals(family.get("agrees"));
        if (reasonNeeded && !family.has("reasonIfNot")) {
            errors.put("reasonIfNot", "Say why the family does not know or does not agree");
        }
        if (!family.has("helpRequested")) {
            errors.put("helpRequested", "Say what help you are asking for");
        }
        if (!Labels.AREAS.containsKey(family.get("area"))) {
            errors.put("area", "Select the district the family lives in");
        }
        return errors;
    }

    /** {@code prefix} Day/Month/Year as a date, if all three make one. */
    static Optional<LocalDate> date(Answers answers, String prefix) {
        return UkDates.fromParts(answers.get(prefix + "Day"), answers.get(prefix + "Month"), answers.get(prefix + "Year"));
    }

    /** The same date written for a person, or empty. */
    static String written(Answers answers, String prefix) {
        return date(answers, prefix).map(UkDates::format).orElse("");
    }

    /** Europe/London, where "today" is decided. */
    static final class UkDatesZone {
        static final java.time.ZoneId LONDON = java.time.ZoneId.of("Europe/London");

        private UkDatesZone() {
        }
    }
}
