package org.earlyhelp.directory.organization;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;

import org.earlyhelp.directory.change.ChangeLog;
import org.earlyhelp.platform.audit.AuditAction;

/** Creating and changing organisations. */
@ApplicationScoped
@Transactional
public class Organizations {

    static final String RESOURCE = "organization";

    private final ChangeLog changes;

    Organizations(ChangeLog changes) {
        this.changes = changes;
    }

    public Organization get(UUID id) {
        return Organization.byId(id).orElseThrow(() -> new NotFoundException("No organization with id " + id));
    }

    public Organization create(UUID id, OrganizationForm form) {
        if (Organization.byId(id).isPresent()) {
            throw new ClientErrorException("An organization with id " + id + " already exists", 409);
        }
        check(id, form);
        Organization organization = Organization.create(id, form);
        organization.persistAndFlush();
        changes.record(AuditAction.CREATE, RESOURCE, id);
        return organization;
    }

    public Organization update(UUID id, long expectedVersion, OrganizationForm form) {
        Organization organization = get(id);
        ChangeLog.requireVersion(organization.version, expectedVersion);
        check(id, form);
        organization.apply(form);
        organization.flush();
        changes.record(AuditAction.UPDATE, RESOURCE, id);
        return organization;
    }

    /** Import: the feed's version of the organisation replaces the directory's. */
    public Organization replace(UUID id, OrganizationForm form) {
        Organization organization = Organization.byId(id).orElse(null);
        if (organization == null) {
            return create(id, form);
        }
        check(id, form);
        organization.apply(form);
        organization.flush();
        changes.record(AuditAction.UPDATE, RESOURCE, id);
        return organization;
    }

    /** An agency receives one organisation's referrals, and a parent must exist and not be the organisation itself. */
    private static void check(UUID id, OrganizationForm form) {
        if (form.agencyCode() != null) {
            Organization.byAgency(form.agencyCode()).filter(other -> !other.id.equals(id)).ifPresent(other -> {
                throw new ClientErrorException("Agency " + form.agencyCode() + " is already linked to organization " + other.id, 409);
            });
        }
        if (form.parentOrganizationId() != null
                && (form.parentOrganizationId().equals(id) || Organization.byId(form.parentOrganizationId()).isEmpty())) {
            throw new ClientErrorException("parentOrganizationId must name another existing organization", 422);
        }
    }
}
