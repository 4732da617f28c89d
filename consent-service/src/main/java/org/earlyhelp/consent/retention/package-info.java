/**
 * What the retention rules of consent-service share (decision 0062): deleting one record's rows with the digest its
 * tombstone keeps. The rules themselves live with their records ({@code consent}, {@code lawfulbasis},
 * {@code decision}).
 */
package org.earlyhelp.consent.retention;
