/**
 * Bad input generated from a service's own OpenAPI document (decision 0015): every documented
 * operation gets a plausible request built from its schemas, and from it hundreds of malformed
 * ones (missing and mistyped fields, unknown codes, broken UUIDs and dates, huge strings and
 * arrays, deep nesting, non-JSON bodies, wrong media types, bad paging, unknown parameters,
 * path traversal and injection strings, trailing content, duplicate keys, numbers out of range,
 * codes no register holds, overlong and badly percent-encoded addresses, unrouted paths). {@link org.earlyhelp.platform.test.fuzz.BadInputFuzzer}
 * sends them to the {@code @QuarkusTest} application (or, in e2e-tests, through the gateway) and checks that each answer is a
 * {@code application/problem+json} 4xx that shows no internals, and
 * {@link org.earlyhelp.platform.test.fuzz.DatabaseSnapshot} that none of them left a trace.
 */
package org.earlyhelp.platform.test.fuzz;
