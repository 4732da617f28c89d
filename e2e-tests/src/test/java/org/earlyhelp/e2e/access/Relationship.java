package org.earlyhelp.e2e.access;

/** How a record stands to the caller's agency (see the matrix table's header). */
enum Relationship {

    OWN, PARTICIPANT, UNRELATED;

    String label() {
        return name().toLowerCase();
    }

    static Relationship of(String label) {
        return valueOf(label.trim().toUpperCase());
    }
}
