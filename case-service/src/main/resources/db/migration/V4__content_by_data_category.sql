-- Case content by data category (decision 0057). The data categories of case content a team
-- member sees: the categories consent-service permitted when the member joined, narrowed when a
-- consent changes. The lead agency and the hub see the whole case and need none.
ALTER TABLE team_member ADD COLUMN data_categories text[];

-- Members who joined on a sharing decision were asked for identity, contact and concerns only:
-- concerns is what their consent covered. Members who joined without a question (the lead before
-- a transfer, or an agency already taking part) saw the whole case and keep every category.
UPDATE team_member m SET data_categories = CASE
    WHEN EXISTS (SELECT 1 FROM team_member_basis b WHERE b.member_id = m.id AND b.decision_id IS NOT NULL)
        THEN ARRAY['concerns']
    ELSE ARRAY['concerns', 'health', 'education', 'police-information', 'case-notes'] END;

ALTER TABLE team_member ALTER COLUMN data_categories SET NOT NULL;

-- A history line that tells content of a data category (a need's assessment names the need) carries
-- it, so that a team member reads only the lines of the categories it sees.
ALTER TABLE case_history ADD COLUMN data_category text;
UPDATE case_history SET data_category = CASE split_part(detail, ':', 1)
        WHEN 'education' THEN 'education'
        WHEN 'early-years' THEN 'education'
        WHEN 'health' THEN 'health'
        WHEN 'substance-use' THEN 'health'
        WHEN 'abuse-exploitation' THEN 'police-information'
        WHEN 'crime' THEN 'police-information'
        WHEN 'domestic-abuse' THEN 'police-information'
        ELSE 'concerns' END
    WHERE action = 'need-assessed';
