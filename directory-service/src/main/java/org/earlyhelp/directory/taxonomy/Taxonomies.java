package org.earlyhelp.directory.taxonomy;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;

import org.earlyhelp.directory.change.ChangeLog;
import org.earlyhelp.platform.audit.AuditAction;

/** Maintaining taxonomies and their terms. Terms are never deleted: services and past referrals refer to them. */
@ApplicationScoped
@Transactional
public class Taxonomies {

    private final ChangeLog changes;

    Taxonomies(ChangeLog changes) {
        this.changes = changes;
    }

    public Taxonomy getTaxonomy(UUID id) {
        return Taxonomy.<Taxonomy>findByIdOptional(id).orElseThrow(() -> new NotFoundException("No taxonomy with id " + id));
    }

    public TaxonomyTerm getTerm(UUID id) {
        return TaxonomyTerm.<TaxonomyTerm>findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException("No taxonomy term with id " + id));
    }

    public Taxonomy createTaxonomy(UUID id, TaxonomyForm form) {
        if (Taxonomy.findByIdOptional(id).isPresent()) {
            throw new ClientErrorException("A taxonomy with id " + id + " already exists", 409);
        }
        Taxonomy taxonomy = Taxonomy.create(id, form);
        taxonomy.persistAndFlush();
        changes.record(AuditAction.CREATE, "taxonomy", id);
        return taxonomy;
    }

    public Taxonomy updateTaxonomy(UUID id, long expectedVersion, TaxonomyForm form) {
        Taxonomy taxonomy = getTaxonomy(id);
        ChangeLog.requireVersion(taxonomy.version, expectedVersion);
        taxonomy.apply(form);
        taxonomy.flush();
        changes.record(AuditAction.UPDATE, "taxonomy", id);
        return taxonomy;
    }

    public TaxonomyTerm createTerm(UUID id, TaxonomyTermForm form) {
        if (TaxonomyTerm.findByIdOptional(id).isPresent()) {
            throw new ClientErrorException("A taxonomy term with id " + id + " already exists", 409);
        }
        Taxonomy taxonomy = Taxonomy.<Taxonomy>findByIdOptional(form.taxonomyId())
                .orElseThrow(() -> new ClientErrorException("taxonomyId names no taxonomy", 422));
        TaxonomyTerm term = TaxonomyTerm.create(id, taxonomy);
        apply(term, form);
        term.persistAndFlush();
        changes.record(AuditAction.CREATE, "taxonomy-term", id);
        return term;
    }

    public TaxonomyTerm updateTerm(UUID id, long expectedVersion, TaxonomyTermForm form) {
        TaxonomyTerm term = getTerm(id);
        ChangeLog.requireVersion(term.version, expectedVersion);
        if (!term.taxonomy.id.equals(form.taxonomyId())) {
            throw new ClientErrorException("A term stays in its taxonomy; create a new term in the other one", 422);
        }
        apply(term, form);
        term.flush();
        changes.record(AuditAction.UPDATE, "taxonomy-term", id);
        return term;
    }

    private static void apply(TaxonomyTerm term, TaxonomyTermForm form) {
        TaxonomyTerm.byCode(form.taxonomyId(), form.term()).filter(other -> !other.id.equals(term.id)).ifPresent(other -> {
            throw new ClientErrorException("The taxonomy already has a term " + form.term(), 409);
        });
        TaxonomyTerm parent = form.parentId() == null ? null : TaxonomyTerm.<TaxonomyTerm>findByIdOptional(form.parentId())
                .orElseThrow(() -> new ClientErrorException("parentId names no taxonomy term", 422));
        try {
            term.apply(form.term(), form.name(), form.description(), form.termUri(), parent);
        } catch (IllegalArgumentException e) {
            throw new ClientErrorException(e.getMessage(), 422);
        }
    }
}
