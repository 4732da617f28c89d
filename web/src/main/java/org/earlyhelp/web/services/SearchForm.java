package org.earlyhelp.web.services;

import java.util.ArrayList;
import java.util.List;

import io.quarkus.qute.TemplateData;

/** What someone typed into Find a service, and what is wrong with it. */
@TemplateData
record SearchForm(String search, String postcode, String distance, String age, String need, List<Error> errors) {

    SearchForm(String search, String postcode, String distance, String age, String need) {
        this(search, postcode, distance, age, need, new ArrayList<>());
        if (!postcode.isEmpty() && !postcode.matches("(?i)[A-Z]{1,2}[0-9][0-9A-Z]? ?[0-9][A-Z]{2}")) {
            errors.add(new Error("postcode", "Enter a real postcode, like NS1 2AB"));
        }
        if (!distance.isEmpty() && !distance.matches("[1-9][0-9]?")) {
            errors.add(new Error("distance", "Distance must be a whole number of miles from 1 to 99"));
        }
        if (!age.isEmpty() && !age.matches("[0-9]{1,2}")) {
            errors.add(new Error("age", "Age must be a whole number of years, like 13"));
        }
    }

    public boolean searched() {
        return !(search.isEmpty() && postcode.isEmpty() && age.isEmpty() && need.isEmpty());
    }

    public String errorFor(String field) {
        return errors.stream().filter(error -> error.field().equals(field)).map(Error::message).findFirst().orElse("");
    }

    @TemplateData
    record Error(String field, String message) {
    }
}
