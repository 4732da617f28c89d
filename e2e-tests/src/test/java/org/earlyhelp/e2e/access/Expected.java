package org.earlyhelp.e2e.access;

/** What a cell expects: an HTTP status, or for a list, that the record is (not) in it. */
record Expected(int status, Boolean listed) {

    static Expected of(String text) {
        return switch (text.trim()) {
            case "listed" -> new Expected(200, true);
            case "hidden" -> new Expected(200, false);
            default -> new Expected(Integer.parseInt(text.trim()), null);
        };
    }

    boolean isMetBy(Outcome outcome) {
        return outcome.status() == status && (listed == null || listed.equals(outcome.listed()));
    }

    @Override
    public String toString() {
        return listed == null ? Integer.toString(status) : listed ? "listed" : "hidden";
    }
}
