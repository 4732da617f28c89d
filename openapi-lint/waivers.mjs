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
