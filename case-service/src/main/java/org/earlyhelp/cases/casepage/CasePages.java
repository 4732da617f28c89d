package org.earlyhelp.cases.casepage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.earlyhelp.cases.casefile.Case;
import org.earlyhelp.cases.casefile.CaseService;
import org.earlyhelp.cases.casefile.Restrictions;
import org.earlyhelp.cases.plan.Plan;
import org.earlyhelp.cases.plan.PlanService;
import org.earlyhelp.cases.review.ReviewService;
import org.earlyhelp.cases.team.TeamService;
import org.earlyhelp.cases.transfer.TransferService;
import org.earlyhelp.platform.audit.AuditAction;
import org.earlyhelp.platform.audit.AuditEntry;
import org.earlyhelp.platform.audit.AuditTrail;
import org.earlyhelp.platform.identity.Caller;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;

/**
 * The case as a whole, as its readers see it: the case list, and the case page, which puts the root together with
 * its team, plan, reviews and waiting transfer under the case's one version.
 */
@ApplicationScoped
public class CasePages {

    private final CaseService cases;
    private final CaseListing listing;
    private final TeamService team;
    private final PlanService plans;
    private final ReviewService reviews;
    private final TransferService transfers;
    private final AuditTrail audit;
    private final Restrictions restrictions;

    CasePages(CaseService cases, CaseListing listing, TeamService team, PlanService plans, ReviewService reviews,
            TransferService transfers, AuditTrail audit, Restrictions restrictions) {
        this.cases = cases;
        this.listing = listing;
        this.team = team;
        this.plans = plans;
        this.reviews = reviews;
        this.transfers = transfers;
        this.audit = audit;
        this.restrictions = restrictions;
    }

    /**
     * A page of the cases the caller may see ({@code condition}, JPQL on alias {@code r}, narrows them, null for none), newest
     * first, audited with the people on the page. A few statements whatever the page size: the page's rows, their
     * families, the audit row, and the count unless the page shows where the list ends.
     */
    @Transactional
    public Page<CaseSummary> list(Caller caller, PageRequest page, String condition, Map<String, Object> parameters) {
        LocalDate today = cases.today();
        List<CaseListing.Listed> found = listing.listed(caller, condition, parameters, today, page.page(), page.size());
        Map<UUID, List<CaseListing.ListedPerson>> families = found.isEmpty() ? Map.of()
                : listing.families(found.stream().map(CaseListing.Listed::id).toList()).stream()
                        .collect(Collectors.groupingBy(CaseListing.ListedPerson::caseId));
        audit.record(AuditEntry.of(caller).action(AuditAction.LIST).resource(CaseService.RESOURCE)
                .people(found.stream().flatMap(kase -> families.getOrDefault(kase.id(), List.of()).stream()
                        .map(CaseListing.ListedPerson::personId).distinct()).toList())
                .purpose(CaseService.PURPOSE).build());
        // A page short of full, and not past the end, holds the last cases: the total follows without counting.
        boolean lastPage = found.size() < page.size() && (!found.isEmpty() || page.page() == 0);
        long total = lastPage ? (long) page.page() * page.size() + found.size() : listing.countVisible(caller, condition, parameters);
        Set<UUID> restricted = restrictions.restrictedCases(found.stream().map(CaseListing.Listed::id).toList());
        return new Page<>(found.stream().map(kase -> CaseSummary.of(kase, families.getOrDefault(kase.id(), List.of()),
                restricted.contains(kase.id()), today)).toList(), page.page(), page.size(), total);
    }

    @Transactional
    public CaseView read(UUID id, Caller caller) {
        Case kase = cases.visible(id, caller, AuditAction.READ);
        cases.audited(caller, AuditAction.READ, kase);
        return view(kase, plans.asRead(kase, caller));
    }

    /** The caller, a case lead of the lead agency, takes the case as lead practitioner. */
    @Transactional
    public CaseView takeLead(UUID id, Caller caller, String ifMatch) {
        Case kase = cases.led(id, caller, AuditAction.UPDATE);
        cases.change(kase, caller, ifMatch, true, by -> {
            kase.assignLeadPractitioner(by, Instant.now());
            return kase;
        });
        return view(kase);
    }

    /** The whole case as it stands in this transaction (a case the caller already found and leads: nothing left out). */
    public CaseView view(Case kase) {
        return view(kase, plans.of(kase));
    }

    /** The whole case with {@code plan}, its plan as the caller holds it (a case just opened: its needs in the order identified). */
    public CaseView view(Case kase, Plan plan) {
        return CaseView.of(kase, restrictions.restrictedOn(kase), team.of(kase), plan, reviews.count(kase), transfers.of(kase), cases.today());
    }
}
