package org.earlyhelp.cases.casefile;

/** A request field that is well-formed but names something it may not (answered 400 with the field in {@code violations}). */
public class InvalidField extends RuntimeException {

    private final String field;

    public InvalidField(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
