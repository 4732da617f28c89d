package org.earlyhelp.directory.taxonomy;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A vocabulary services are classified by (e.g. the Early Help need categories). */
@Entity
@Table(name = "taxonomy")
public class Taxonomy extends PanacheEntityBase {

    @Id
    public UUID id;
    public String name;
    public String description;
    public String uri;
    @Column(name = "version_label")
    public String versionLabel;
    @Version
    public long version;

    protected Taxonomy() {
    }

    public static Taxonomy create(UUID id, TaxonomyForm form) {
        Taxonomy taxonomy = new Taxonomy();
        taxonomy.id = id;
        taxonomy.apply(form);
        return taxonomy;
    }

    public void apply(TaxonomyForm form) {
        name = form.name();
        description = form.description();
        uri = form.uri();
        versionLabel = form.version();
    }
}
