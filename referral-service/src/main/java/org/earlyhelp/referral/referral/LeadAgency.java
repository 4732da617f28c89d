package org.earlyhelp.referral.referral;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.platform.agency.Agency;
import org.earlyhelp.platform.agency.AgencyRegister;
import org.earlyhelp.referral.consent.SharingGate;

/**
 * Whether an agency may lead the case a referral opens (ARCHITECTURE §3): it is in the agency register and serves the
 * referral's district, and consent-service permits it to receive what the referral says about every person on it
 * (identity, contact, concerns) for an early help assessment. Asked with no transaction open.
 */
@ApplicationScoped
class LeadAgency {

    private final AgencyRegister register;
    private final SharingGate sharing;

    LeadAgency(AgencyRegister register, SharingGate sharing) {
        this.register = register;
        this.sharing = sharing;
    }

    /** 422 ({@link LeadAgencyRefused}) unless the register has the agency and it serves {@code area}. */
    Agency registered(String code, String area) {
        Agency agency = register.find(code)
                .orElseThrow(() -> new LeadAgencyRefused(code + " is not an agency in the agency register"));
        if (!agency.serves(area)) {
            throw new LeadAgencyRefused(agency.name() + " (" + code + ") does not serve " + area
                    + ", the referral's district, so it cannot lead the family's case");
        }
        return agency;
    }

    /** consent-service's answers for each person, in the referral's order; a permit only if every one permits. */
    Verdict ask(String code, List<UUID> people) {
        List<Answer> answers = new ArrayList<>();
        for (UUID person : people) {
            answers.add(new Answer(person, sharing.askForLead(person, code)));
        }
        return new Verdict(answers);
    }

    /** The answer about one person. */
    record Answer(UUID personId, SharingGate.SharingAnswer answer) {
    }

    record Verdict(List<Answer> answers) {

        /** No question was needed: the agency already holds what it would receive. */
        static final Verdict NOTHING_ASKED = new Verdict(List.of());

        boolean permits() {
            return answers.stream().allMatch(answer -> answer.answer().permits());
        }

        /** consent-service could not answer for at least one person (down, slow, circuit open). */
        boolean unavailable() {
            return answers.stream().anyMatch(answer -> answer.answer().unavailable());
        }

        List<Answer> refusals() {
            return answers.stream().filter(answer -> !answer.answer().permits()).toList();
        }
    }
}
