package org.earlyhelp.consent.dataprotection;

/** An erasure refused while the person, or anyone linked to them, is a member of an open case (409 {@code open-case}). */
class PersonInOpenCase extends RuntimeException {

    PersonInOpenCase() {
        super("The person is a member of an open case: the case is closed or handed on before the person is erased");
    }
}
