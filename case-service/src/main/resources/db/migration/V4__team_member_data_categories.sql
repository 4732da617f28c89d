-- The data categories of case content a team member sees (decision 0057): the categories
-- consent-service permitted when the member joined, narrowed when a consent changes. The lead
-- agency and the hub see the whole case and need none.
ALTER TABLE team_member ADD COLUMN data_categories text[];

-- Members who joined on a sharing decision were asked for identity, contact and concerns only:
-- concerns is what their consent covered. Members who joined without a question (the lead before
-- a transfer, or an agency already taking part) saw the whole case and keep every category.
UPDATE team_member m SET data_categories = CASE
    WHEN EXISTS (SELECT 1 FROM team_member_basis b WHERE b.member_id = m.id AND b.decision_id IS NOT NULL)
        THEN ARRAY['concerns']
    ELSE ARRAY['concerns', 'health', 'education', 'police-information', 'case-notes'] END;

ALTER TABLE team_member ALTER COLUMN data_categories SET NOT NULL;
