package org.earlyhelp.cases.caseload;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.cases.casefile.CaseRepository;
import org.earlyhelp.platform.queries.HotQueries;

/** The caseload's page, count and family queries in every form a caller can ask for, parsed at start. */
@ApplicationScoped
class CaseloadQueries implements HotQueries {

    @Override
    public Map<String, Class<?>> queries() {
        Map<String, Class<?>> queries = new LinkedHashMap<>();
        for (boolean mine : new boolean[] {true, false}) {
            for (boolean withStatus : new boolean[] {true, false}) {
                String condition = Caseload.condition(mine, withStatus);
                queries.put(CaseRepository.listedQuery(condition), CaseRepository.Listed.class);
                queries.put(CaseRepository.countQuery(condition), Long.class);
            }
        }
        queries.put(CaseRepository.FAMILIES, CaseRepository.ListedPerson.class);
        return queries;
    }
}
