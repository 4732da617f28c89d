package org.earlyhelp.referral;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Referral bodies for tests, built as JSON-ready maps: {@code Referrals.child("Jayden", "Whitfield").build()}. */
final class Referrals {

    private final List<Map<String, Object>> children = new ArrayList<>();
    private final List<Map<String, Object>> household = new ArrayList<>();
    private final List<Map<String, Object>> concerns = new ArrayList<>();
    private final Map<String, Object> family = new LinkedHashMap<>(Map.of("knows", true, "agrees", true));
    private String urgency = "routine";
    private String area = "eastmere";

    private Referrals() {
    }

    /** The date of birth of every child a test does not give one: one cluster of namesakes, kept apart by {@link BirthDays}. */
    static final String DEFAULT_BIRTH_DATE = LocalDate.now().minusYears(13).minusMonths(2).toString();

    /** A 13-year-old at Eastmere Academy with an attendance concern. */
    static Referrals child(String firstName, String lastName) {
        return new Referrals().withChild(firstName, lastName, DEFAULT_BIRTH_DATE, "EM1 4AB")
                .concern("education", "Attendance below 80% this term", "medium");
    }

    static Referrals typical() {
        return child("Jayden", "Whitfield");
    }

    /** DOMAIN.md scenario 1: a young couple expecting a baby, both from homes with domestic abuse. */
    static Referrals unbornChild() {
        Referrals referral = new Referrals();
        Map<String, Object> baby = new LinkedHashMap<>();
        baby.put("lastName", "Carter");
        baby.put("expectedDueDate", LocalDate.now().plusMonths(4).toString());
        baby.put("address", address("EM2 7QT"));
        referral.children.add(baby);
        referral.member("Chloe", "Carter", "2006-02-11", "mother");
        referral.member("Liam", "Doyle", "2005-09-30", "father");
        referral.concern("early-years", "First baby; both parents grew up with domestic abuse", "medium");
        referral.concern("domestic-abuse", "Police attended an argument at the address last month", "high");
        return referral;
    }

    Referrals withChild(String firstName, String lastName, String dateOfBirth, String postcode) {
        Map<String, Object> child = new LinkedHashMap<>();
        if (firstName != null) {
            child.put("firstName", firstName);
        }
        child.put("lastName", lastName);
        if (dateOfBirth != null) {
            child.put("dateOfBirth", dateOfBirth);
        }
        child.put("sex", "male");
        child.put("address", address(postcode));
        child.put("school", "Eastmere Academy");
        children.add(child);
        return this;
    }

    /** Replaces the first child's date of birth (null: not known). */
    Referrals bornOn(String dateOfBirth) {
        if (dateOfBirth == null) {
            children.get(0).remove("dateOfBirth");
        } else {
            children.get(0).put("dateOfBirth", dateOfBirth);
        }
        return this;
    }

    Referrals childField(String field, Object value) {
        children.get(0).put(field, value);
        return this;
    }

    Referrals member(String firstName, String lastName, String dateOfBirth, String relationship) {
        Map<String, Object> member = new LinkedHashMap<>();
        member.put("firstName", firstName);
        member.put("lastName", lastName);
        if (dateOfBirth != null) {
            member.put("dateOfBirth", dateOfBirth);
        }
        member.put("relationship", relationship);
        household.add(member);
        return this;
    }

    Referrals concern(String category, String description, String severity) {
        Map<String, Object> concern = new LinkedHashMap<>();
        concern.put("category", category);
        concern.put("description", description);
        concern.put("since", LocalDate.now().minusMonths(2).toString());
        concern.put("severity", severity);
        concerns.add(concern);
        return this;
    }

    Referrals onlyConcern(String category, String description, String severity) {
        concerns.clear();
        return concern(category, description, severity);
    }

    Referrals urgency(String urgency) {
        this.urgency = urgency;
        return this;
    }

    Referrals area(String area) {
        this.area = area;
        return this;
    }

    Referrals familyDoesNotAgree(String reason) {
        family.put("agrees", false);
        family.put("reasonIfNot", reason);
        return this;
    }

    Map<String, Object> build() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("children", children);
        body.put("household", household);
        body.put("concerns", concerns);
        body.put("whatHasBeenTried", "Meetings with the family at school");
        body.put("familyViews", "Mum says things have been hard since she lost her job");
        body.put("family", family);
        body.put("urgency", urgency);
        body.put("helpRequested", "Family support worker and help with attendance");
        body.put("area", area);
        return body;
    }

    private static Map<String, Object> address(String postcode) {
        return Map.of("line1", "12 Mill Lane", "town", "Eastmere", "postcode", postcode);
    }
}
