// Rules of spectral:oas and the OWASP API Security Top 10 2023 ruleset that the documents do not
// meet, each with why (docs/decisions/0042-openapi-lint-waivers.md). A waiver applies to the rule
// everywhere unless it names `paths` (regular expressions over the finding's JSON path),
// `documents` (parts of the file name) or `scope: "responses"` (only in what the API answers:
// response bodies, headers and component schemas no request carries).
export const waivers = [
  {
    rule: "owasp:api4:2023-string-limit", scope: "responses", decision: "0042",
    why: "API4 is about what a server accepts. Text the services answer with was accepted (bounded) earlier or made by"
      + " the service; a maxLength on it would be a promise nothing enforces.",
  },
  {
    rule: "owasp:api4:2023-array-limit", scope: "responses", decision: "0042",
    why: "Lists in answers (a referral's people, a case's history) are as long as the record; paged lists are bounded"
      + " by size<=100. Requests' arrays are bounded by @Size.",
  },
  {
    rule: "owasp:api4:2023-string-restricted", decision: "0042",
    why: "Free text (names, reasons, notes, addresses) has no format or pattern; it is bounded by maxLength and NUL is"
      + " refused (decision 0016). Every id, date and code already has a format or an enum.",
  },
  ...["owasp:api4:2023-string-limit", "owasp:api4:2023-array-limit"].map((rule) => ({
    rule, documents: ["directory", "gateway"], paths: ["^components\\.schemas\\.Oruk", "^paths\\./oruk", "^paths\\./api/directory/imports"],
    decision: "0042",
    why: "Open Referral UK 3.0 defines these fields and query parameters, and its own schemas bound none of them; the"
      + " directory imports and serves them as the standard says. What bounds them: the 1 MiB body limit (413) for a"
      + " feed, the 8192-character address limit (414) for a query.",
  })),
  ...["owasp:api2:2023-read-restricted", "owasp:api8:2023-define-error-responses-401"].map((rule) => ({
    rule, documents: ["directory", "gateway"], paths: ["^paths\\./oruk"], decision: "0042",
    why: "The ORUK directory is public on purpose (families and practitioners find services without an account): it"
      + " never asks for a token, so it never answers 401.",
  })),
  {
    rule: "oas3-unused-component", documents: ["directory", "gateway"],
    paths: ["^components\\.schemas\\.OrukApiDetails$", "^components\\.schemas\\.OrukTaxonomy$"], decision: "0042",
    why: "The ORUK reads return a bare Response, so their 200 is documented without its schema (the ORUK 3.0 standard"
      + " documents it); OrukApiDetails and OrukTaxonomy (the admin API answers its camelCase copy, DirectoryTaxonomy,"
      + " decision 0043) are kept for when /oruk names them.",
  },
  {
    rule: "contact-properties", decision: "0042",
    why: "Partner agencies reach the hub through their agreements, not a public address or mailbox; the contact names"
      + " who answers.",
  },
  {
    rule: "license-url", decision: "0042",
    why: "The API is not published under a licence with a URL; the info object names who may use it.",
  },
];
