package org.earlyhelp.platform.audit;

/**
 * The usual actions of an {@link AuditEntry}. Actions are free text so a service can name a
 * special one, but these common ones keep the trail searchable across services.
 */
public final class AuditAction {

    public static final String READ = "read";
    public static final String LIST = "list";
    public static final String CREATE = "create";
    public static final String UPDATE = "update";
    public static final String DELETE = "delete";
    /** Personal data passed to another agency. */
    public static final String SHARE = "share";
    /** A decision to refuse something (e.g. a share), as opposed to an attempt that was denied. */
    public static final String DENY = "deny";
    /** An export or download of personal data out of the service. */
    public static final String EXPORT = "export";

    private AuditAction() {
    }
}
