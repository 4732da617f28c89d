package org.earlyhelp.web.services;

import org.earlyhelp.web.pages.Query;

import io.quarkus.qute.TemplateData;

/** GOV.UK pagination for the directory's pages (numbered from 1). */
@TemplateData
record Paging(int current, int last, long total, String previous, String next) {

    static Paging of(int current, int last, long total, Query base) {
        String query = base.toString();
        String prefix = "/services?" + (query.isEmpty() ? "" : query + "&") + "page=";
        return new Paging(current, Math.max(last, 1), total, current > 1 ? prefix + (current - 1) : "",
                current < last ? prefix + (current + 1) : "");
    }
}
