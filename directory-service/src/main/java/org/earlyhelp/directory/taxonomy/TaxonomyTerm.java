package org.earlyhelp.directory.taxonomy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One term of a taxonomy; terms form a tree through {@code parent}. */
@Entity
@Table(name = "taxonomy_term")
public class TaxonomyTerm extends PanacheEntityBase {

    @Id
    public UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "taxonomy_id")
    public Taxonomy taxonomy;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public TaxonomyTerm parent;
    public String code;
    public String name;
    public String description;
    @Column(name = "term_uri")
    public String termUri;
    @Version
    public long version;

    protected TaxonomyTerm() {
    }

    public static TaxonomyTerm create(UUID id, Taxonomy taxonomy) {
        TaxonomyTerm term = new TaxonomyTerm();
        term.id = id;
        term.taxonomy = taxonomy;
        return term;
    }

    /** Changes the term; a parent must be in the same taxonomy and must not sit below this term (no cycles). */
    public void apply(String code, String name, String description, String termUri, TaxonomyTerm parent) {
        if (parent != null) {
            if (!parent.taxonomy.id.equals(taxonomy.id)) {
                throw new IllegalArgumentException("parentId must be a term of the same taxonomy");
            }
            for (TaxonomyTerm above = parent; above != null; above = above.parent) {
                if (above.id.equals(id)) {
                    throw new IllegalArgumentException("parentId would make the term its own ancestor");
                }
            }
        }
        this.code = code;
        this.name = name;
        this.description = description;
        this.termUri = termUri;
        this.parent = parent;
    }

    public static List<TaxonomyTerm> ofTaxonomy(UUID taxonomyId) {
        return list("taxonomy.id = ?1 order by name, id", taxonomyId);
    }

    public static java.util.Optional<TaxonomyTerm> byCode(UUID taxonomyId, String code) {
        return find("taxonomy.id = ?1 and code = ?2", taxonomyId, code).firstResultOptional();
    }

    /**
     * The given terms and every term below them. A search for a broad term (family support) also
     * finds services tagged with a narrower one (parenting). Taxonomies are small, so one walk
     * down level by level is cheap.
     */
    public static Set<UUID> withDescendants(Collection<UUID> roots) {
        Set<UUID> all = new HashSet<>(roots);
        List<UUID> level = new ArrayList<>(roots);
        while (!level.isEmpty()) {
            List<UUID> children = getEntityManager()
                    .createQuery("select t.id from TaxonomyTerm t where t.parent.id in :parents", UUID.class)
                    .setParameter("parents", level).getResultList();
            level = children.stream().filter(all::add).toList();
        }
        return all;
    }
}
