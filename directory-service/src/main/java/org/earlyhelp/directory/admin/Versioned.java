package org.earlyhelp.directory.admin;

/** A record as the admin API shows it, with the version its {@code ETag} carries. */
record Versioned<T>(T body, long version) {
}
