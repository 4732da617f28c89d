package org.earlyhelp.directory.oruk;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.earlyhelp.directory.organization.Organization;
import org.earlyhelp.directory.search.DirectorySearch;
import org.earlyhelp.directory.search.Proximity;
import org.earlyhelp.directory.search.ServiceCriteria;
import org.earlyhelp.directory.service.Service;
import org.earlyhelp.directory.service.ServiceAtLocation;
import org.earlyhelp.directory.taxonomy.Taxonomy;
import org.earlyhelp.directory.taxonomy.TaxonomyTerm;

import io.quarkus.panache.common.Parameters;

/** The read side of the public API: finds records and maps them to ORUK, one transaction per request. */
@ApplicationScoped
@Transactional
public class OrukDirectory {

    private final DirectorySearch search;

    OrukDirectory(DirectorySearch search) {
        this.search = search;
    }

    public Oruk.Page<Oruk.Service> services(ServiceCriteria criteria, OrukMapper.Depth depth, int page, int perPage) {
        org.earlyhelp.directory.search.ServiceQuery.Hits hits = search.services(criteria, page, perPage);
        List<Service> services = inOrder(hits.ids(), ids -> Service.<Service>list(
                "select s from Service s join fetch s.organization where s.id in ?1", ids), s -> s.id);
        return Oruk.Page.of(services.stream().map(s -> OrukMapper.service(s, depth)).toList(), hits.total(), page, perPage);
    }

    /** Any service by id, whatever its status: a referral that named a service that has since closed still finds it. */
    public Optional<Oruk.Service> service(UUID id) {
        return Service.byId(id).map(s -> OrukMapper.service(s, OrukMapper.Depth.FULL));
    }

    public Oruk.Page<Oruk.ServiceAtLocation> sites(ServiceCriteria criteria, Proximity near, boolean full, int page, int perPage) {
        org.earlyhelp.directory.search.ServiceQuery.Hits hits = search.sites(criteria, near, page, perPage);
        List<ServiceAtLocation> sites = inOrder(hits.ids(), ids -> ServiceAtLocation.<ServiceAtLocation>list(
                "select sal from ServiceAtLocation sal join fetch sal.service s join fetch s.organization "
                        + "join fetch sal.location where sal.id in ?1", ids), sal -> sal.id);
        OrukMapper.Depth depth = full ? OrukMapper.Depth.FULL : OrukMapper.Depth.BASIC;
        return Oruk.Page.of(sites.stream().map(sal -> OrukMapper.site(sal, OrukMapper.service(sal.service, depth))).toList(),
                hits.total(), page, perPage);
    }

    public Optional<Oruk.ServiceAtLocation> site(UUID id) {
        return ServiceAtLocation.<ServiceAtLocation>findByIdOptional(id)
                .map(sal -> OrukMapper.site(sal, OrukMapper.service(sal.service, OrukMapper.Depth.BASIC)));
    }

    public Oruk.Page<Oruk.Organization> organizations(String text, boolean withServices, boolean fullServices, int page, int perPage) {
        String where = text == null || text.isBlank() ? "" : "where lower(o.name) like :text or lower(o.description) like :text";
        Parameters parameters = text == null || text.isBlank() ? new Parameters() : Parameters.with("text", like(text));
        long total = Organization.count("select count(o) from Organization o " + where, parameters);
        List<Organization> organizations = Organization.<Organization>find("select o from Organization o " + where
                + " order by o.name, o.id", parameters).page(page - 1, perPage).list();
        return Oruk.Page.of(organizations.stream().map(o -> organization(o, withServices || fullServices, fullServices)).toList(),
                total, page, perPage);
    }

    public Optional<Oruk.Organization> organization(UUID id, boolean fullServices) {
        return Organization.byId(id).map(o -> organization(o, true, fullServices));
    }

    private Oruk.Organization organization(Organization o, boolean withServices, boolean fullServices) {
        if (!withServices) {
            return OrukMapper.organization(o, null);
        }
        OrukMapper.Depth depth = fullServices ? OrukMapper.Depth.FULL : OrukMapper.Depth.BASIC;
        List<Oruk.Service> services = Service.<Service>list("organization.id = ?1 and status in ?2 order by name, id",
                o.id, ServiceCriteria.LISTED).stream().map(s -> OrukMapper.service(s, depth)).toList();
        return OrukMapper.organization(o, services);
    }

    public Oruk.Page<Oruk.Taxonomy> taxonomies(String text, int page, int perPage) {
        String where = text == null || text.isBlank() ? "" : "where lower(t.name) like :text or lower(t.description) like :text";
        Parameters parameters = text == null || text.isBlank() ? new Parameters() : Parameters.with("text", like(text));
        long total = Taxonomy.count("select count(t) from Taxonomy t " + where, parameters);
        List<Taxonomy> taxonomies = Taxonomy.<Taxonomy>find("select t from Taxonomy t " + where + " order by t.name, t.id",
                parameters).page(page - 1, perPage).list();
        return Oruk.Page.of(taxonomies.stream().map(t -> OrukMapper.taxonomy(t, null)).toList(), total, page, perPage);
    }

    public Optional<Oruk.Taxonomy> taxonomy(UUID id) {
        return Taxonomy.<Taxonomy>findByIdOptional(id).map(t -> OrukMapper.taxonomy(t, TaxonomyTerm.ofTaxonomy(t.id)));
    }

    /** Terms, filtered; {@code topOnly} keeps the terms at the top of their tree (no parent). */
    public Oruk.Page<Oruk.TaxonomyTerm> terms(String text, UUID taxonomyId, UUID parentId, boolean topOnly, int page, int perPage) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (text != null && !text.isBlank()) {
            conditions.add("(lower(t.name) like :text or lower(t.code) like :text or lower(t.description) like :text)");
            parameters.and("text", like(text));
        }
        if (taxonomyId != null) {
            conditions.add("t.taxonomy.id = :taxonomy");
            parameters.and("taxonomy", taxonomyId);
        }
        if (parentId != null) {
            conditions.add("t.parent.id = :parent");
            parameters.and("parent", parentId);
        }
        if (topOnly) {
            conditions.add("t.parent is null");
        }
        String where = conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions);
        long total = TaxonomyTerm.count("select count(t) from TaxonomyTerm t " + where, parameters);
        List<TaxonomyTerm> terms = TaxonomyTerm.<TaxonomyTerm>find("select t from TaxonomyTerm t join fetch t.taxonomy "
                + where + " order by t.taxonomy.name, t.name, t.id", parameters).page(page - 1, perPage).list();
        return Oruk.Page.of(terms.stream().map(OrukMapper::term).toList(), total, page, perPage);
    }

    public Optional<Oruk.TaxonomyTerm> term(UUID id) {
        return TaxonomyTerm.<TaxonomyTerm>findByIdOptional(id).map(OrukMapper::term);
    }

    /**
     * Term filters as searches need them: a term stands for itself and every term below it.
     * An unknown term id matches nothing (an empty page, not an error), as a filter should.
     */
    public Set<UUID> termAndBelow(UUID termId) {
        return TaxonomyTerm.withDescendants(List.of(termId));
    }

    /** Every term of a taxonomy (a filter for "services with any term of this taxonomy"); an unknown taxonomy matches nothing. */
    public Set<UUID> termsOf(UUID taxonomyId) {
        List<UUID> ids = TaxonomyTerm.getEntityManager()
                .createQuery("select t.id from TaxonomyTerm t where t.taxonomy.id = :taxonomy", UUID.class)
                .setParameter("taxonomy", taxonomyId).getResultList();
        return ids.isEmpty() ? Set.of(NOTHING) : Set.copyOf(ids);
    }

    /** The terms of the Early Help needs taxonomy with these codes, and their descendants. */
    public Set<UUID> needTerms(Collection<String> codes) {
        List<UUID> ids = TaxonomyTerm.getEntityManager().createQuery(
                "select t.id from TaxonomyTerm t where t.taxonomy.id = :needs and t.code in :codes", UUID.class)
                .setParameter("needs", NEEDS_TAXONOMY).setParameter("codes", codes).getResultList();
        return ids.isEmpty() ? Set.of(NOTHING) : TaxonomyTerm.withDescendants(ids);
    }

    /** The Early Help needs taxonomy (migration V2): its term codes are the platform's concern categories. */
    public static final UUID NEEDS_TAXONOMY = UUID.fromString("3fca0ac7-139b-342a-8bb5-51563eb9617e");
    /** Stands for "no term" in a term filter, so that an unknown need matches no service. */
    private static final UUID NOTHING = new UUID(0, 0);

    private static String like(String text) {
        return "%" + text.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static <T> List<T> inOrder(List<UUID> ids, Function<List<UUID>, List<T>> load, Function<T, UUID> idOf) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, T> byId = new HashMap<>();
        load.apply(ids).forEach(item -> byId.put(idOf.apply(item), item));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }
}
