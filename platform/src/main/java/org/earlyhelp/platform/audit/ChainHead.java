package org.earlyhelp.platform.audit;

/** The newest sealed position of the chain as recorded in {@code audit_seal}; {@code lastHash} is null while nothing is sealed. */
record ChainHead(long lastSeq, byte[] lastHash) {
}
