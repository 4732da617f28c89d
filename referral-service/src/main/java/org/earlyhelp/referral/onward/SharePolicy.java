package org.earlyhelp.referral.onward;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What an onward referral may carry, from consent-service's answers (DOMAIN.md: only the data the
 * consent decision permits is shared; ARCHITECTURE §3: no answer is a deny). A person goes only if
 * their identity may be shared, their contact details only if contact may be too, and the concerns
 * only if they may be shared about a child who goes. With no one to share, the onward referral waits.
 */
final class SharePolicy {

    private SharePolicy() {
    }

    /**
     * consent-service's answers about one person on the referral for the receiving agency. Contact and
     * concerns are asked only once identity is permitted, and concerns only about a child.
     */
    record Answers(UUID personId, boolean child, boolean identity, boolean contact, boolean concerns) {

        static Answers identityRefused(UUID personId, boolean child) {
            return new Answers(personId, child, false, false, false);
        }
    }

    /** Who goes (in the referral's order), who of them with contact details, whether the concerns go, how many are withheld. */
    record Share(List<UUID> people, Set<UUID> withContact, boolean concerns, int withheld) {

        boolean waits() {
            return people.isEmpty();
        }
    }

    static Share decide(List<Answers> answers) {
        List<UUID> people = answers.stream().filter(Answers::identity).map(Answers::personId).toList();
        Set<UUID> withContact = new LinkedHashSet<>();
        answers.stream().filter(person -> person.identity() && person.contact()).forEach(person -> withContact.add(person.personId()));
        boolean concerns = answers.stream().anyMatch(person -> person.identity() && person.child() && person.concerns());
        return new Share(people, withContact, concerns, answers.size() - people.size());
    }
}
