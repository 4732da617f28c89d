package org.earlyhelp.directory.importing;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.earlyhelp.directory.change.ChangeLog;
import org.earlyhelp.directory.oruk.Oruk;
import org.earlyhelp.directory.oruk.OrukMapper;
import org.earlyhelp.directory.service.Service;
import org.earlyhelp.platform.audit.AuditAction;

/** The whole directory as an ORUK feed (every service, fully nested, whatever its status): what {@link FeedImport} reads. */
@ApplicationScoped
public class FeedExport {

    private final ChangeLog changes;

    FeedExport(ChangeLog changes) {
        this.changes = changes;
    }

    @Transactional
    public List<Oruk.Service> all() {
        List<Oruk.Service> services = Service.<Service>list("select s from Service s join fetch s.organization order by s.name, s.id")
                .stream().map(s -> OrukMapper.service(s, OrukMapper.Depth.FULL)).toList();
        changes.record(AuditAction.EXPORT, "directory-feed", null);
        return services;
    }
}
