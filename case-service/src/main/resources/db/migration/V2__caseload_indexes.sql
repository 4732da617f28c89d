-- Case lists (GET /api/caseload, GET /api/cases) show one page of the newest cases the caller may see.
-- Walking the open (or closed) cases newest first stops as soon as the page is full, however many
-- cases there are; lead agency and area ride along so that the count of a caseload reads the index
-- alone, not the table.
CREATE INDEX case_status_opened_idx ON early_help_case (status, opened_at DESC, id) INCLUDE (lead_agency, area);

-- "My cases" (the default caseload): the few cases a practitioner leads, newest first.
CREATE INDEX case_lead_practitioner_idx ON early_help_case (lead_practitioner_user, status, opened_at DESC, id);
