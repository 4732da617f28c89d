package org.earlyhelp.e2e;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Made-up children with names, birthdays and postcodes that differ from one another, so that
 * "known to services" matching links only the people a test means to be the same.
 */
public final class People {

    private static final List<String> FIRST_NAMES = List.of("Amelia", "Oscar", "Isla", "Noah", "Freya", "Leo", "Poppy",
            "Arlo", "Maisie", "Theo", "Esme", "Reuben", "Ivy", "Finley", "Nell", "Jude", "Ada", "Rowan", "Elsie", "Kit");
    private static final List<String> SURNAME_STARTS = List.of("Ash", "Bram", "Cal", "Dun", "Ell", "Fen", "Gar", "Hol",
            "Ing", "Kel", "Lor", "Mar", "Nor", "Pem", "Quin", "Ros", "Sel", "Tor", "Ulm", "Ver", "Wyn", "Yar");
    private static final List<String> SURNAME_ENDS = List.of("ford", "ley", "wick", "ton", "by", "more", "dale", "field",
            "well", "croft", "stone", "worth");
    private static final AtomicInteger NEXT = new AtomicInteger();

    private People() {
    }

    /** A child of school age, distinct from every other child made here in this run. */
    public static Person child() {
        int n = NEXT.getAndIncrement();
        String lastName = SURNAME_STARTS.get(n % SURNAME_STARTS.size())
                + SURNAME_ENDS.get((n / SURNAME_STARTS.size()) % SURNAME_ENDS.size());
        String firstName = FIRST_NAMES.get((n * 7) % FIRST_NAMES.size());
        LocalDate born = LocalDate.now().minusYears(4 + n % 12).minusDays(3L * n % 365);
        String postcode = "EM" + (1 + n % 9) + " " + (1 + n % 8) + (char) ('A' + n % 20) + (char) ('B' + n % 20);
        return new Person(firstName, lastName, born, postcode);
    }

    /** A person as a referral names them. */
    public record Person(String firstName, String lastName, LocalDate dateOfBirth, String postcode) {

        public String displayName() {
            return firstName + " " + lastName;
        }

        /** The same person as another agency writes them down. */
        public Person spelt(String otherFirstName, String otherLastName) {
            return new Person(otherFirstName, otherLastName, dateOfBirth, postcode);
        }
    }
}
