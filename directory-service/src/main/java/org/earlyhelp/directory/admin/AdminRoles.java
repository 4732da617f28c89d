package org.earlyhelp.directory.admin;

final class AdminRoles {

    static final String DIRECTORY_ADMIN = "directory-admin";

    private AdminRoles() {
    }
}
