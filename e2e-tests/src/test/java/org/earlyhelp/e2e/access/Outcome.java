package org.earlyhelp.e2e.access;

/** What a cell got: the status, and for a list answered 200, whether the record was in it. */
record Outcome(int status, Boolean listed, String body) {

    static Outcome of(int status, String body) {
        return new Outcome(status, null, body);
    }

    static Outcome list(int status, boolean listed, String body) {
        return new Outcome(status, status == 200 ? listed : null, body);
    }

    @Override
    public String toString() {
        String shown = listed == null ? Integer.toString(status) : listed ? "listed" : "hidden";
        return shown + (status >= 400 && body != null && !body.isBlank() ? " " + body : "");
    }
}
