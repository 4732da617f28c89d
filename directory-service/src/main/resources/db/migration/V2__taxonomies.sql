-- The directory's two taxonomies. Need categories are the Supporting Families headline needs the
-- platform files referrals under (DOMAIN.md), so other services can ask for "services for housing";
-- service types describe what a service offers. Ids are fixed (UUID v3 of 'taxonomy:<code>' and
-- 'term:<taxonomy>:<code>') so that every installation publishes the same ORUK ids.
INSERT INTO taxonomy (id, name, description, uri, version_label) VALUES
    ('3fca0ac7-139b-342a-8bb5-51563eb9617e', 'Early Help needs', 'Supporting Families headline needs (2022-25) that a family may have', NULL, '2022-25'),
    ('3aeb194a-b7d9-347a-a905-c3f85f083eae', 'Northshire service types', 'What kind of help a partner service offers', NULL, '1');

INSERT INTO taxonomy_term (id, taxonomy_id, parent_id, code, name, description) VALUES
    ('d8130a1b-10b2-381c-88c9-f6bfd45c483b', '3fca0ac7-139b-342a-8bb5-51563eb9617e', NULL, 'education', 'Education', 'School attendance, exclusion and engagement with learning'),
    ('d44061e6-b1b2-3702-ad44-08d260543c8a', '3fca0ac7-139b-342a-8bb5-51563eb9617e', NULL, 'early-years', 'Early years', 'Development of babies and young children, including before birth'),
    ('a9a1e7d7-7344-3c2a-b4fd-f79fd6b6d792', '3fca0ac7-139b-342a-8bb5-51563eb9617e', NULL, 'health', 'Health', 'Physical and mental health of a child or an adult in the family'),
    ('a53b8a15-5758-3164-9cbe-954fbaeeedb0', '3fca0ac7-139b-342a-8bb5-51563eb9617e', NULL, 'substance-use', 'Substance use', 'Drug or alcohol use by a child or an adult in the family'),
    ('a4824ab9-5775-3f2d-878e-b34d98f4c5f5', '3fca0ac7-139b-342a-8bb5-51563eb9617e', NULL, 'family-relationships', 'Family relationships', 'Parenting, conflict and relationships within the family'),
    ('5825c7be-11bc-3bae-b948-b5cc0f032621', '3fca0ac7-139b-342a-8bb5-51563eb9617e', NULL, 'abuse-exploitation', 'Abuse and exploitation', 'Abuse, neglect, sexual or criminal exploitation and missing episodes'),
    ('b0f61ef7-988c-35f8-9293-c83b376592b1', '3fca0ac7-139b-342a-8bb5-51563eb9617e', NULL, 'crime', 'Crime', 'Offending and anti-social behaviour'),
    ('ad17eada-4ced-3b41-a38f-58a282cb3136', '3fca0ac7-139b-342a-8bb5-51563eb9617e', NULL, 'domestic-abuse', 'Domestic abuse', 'Domestic abuse in the household'),
    ('a6de9798-eea7-33fb-b1b2-4985a1ba45a4', '3fca0ac7-139b-342a-8bb5-51563eb9617e', NULL, 'housing', 'Housing', 'Homelessness, unsuitable or insecure housing'),
    ('2924d2e9-96d1-3bf4-9c79-27f8cfe2ed3a', '3fca0ac7-139b-342a-8bb5-51563eb9617e', NULL, 'financial', 'Financial', 'Debt, worklessness and financial hardship'),
    ('a3e6cae1-4d1c-31fc-8976-cc01b8cd727a', '3aeb194a-b7d9-347a-a905-c3f85f083eae', NULL, 'family-support', 'Family support', 'Whole-family support and early help'),
    ('e654cc05-02a0-344f-94d7-bf3500129fe7', '3aeb194a-b7d9-347a-a905-c3f85f083eae', 'a3e6cae1-4d1c-31fc-8976-cc01b8cd727a', 'parenting', 'Parenting', 'Parenting programmes and parent support'),
    ('ccae2fb3-edd3-3abd-83c5-503b6e7463c3', '3aeb194a-b7d9-347a-a905-c3f85f083eae', 'a3e6cae1-4d1c-31fc-8976-cc01b8cd727a', 'early-years', 'Early years', 'Services for babies, toddlers and their parents'),
    ('fe487920-716f-3b63-b454-9006b32fd69f', '3aeb194a-b7d9-347a-a905-c3f85f083eae', NULL, 'mental-health', 'Mental health', 'Mental health support for children, young people and adults'),
    ('2cb47aae-ed96-3e44-b9eb-e761e6b8b39d', '3aeb194a-b7d9-347a-a905-c3f85f083eae', 'fe487920-716f-3b63-b454-9006b32fd69f', 'counselling', 'Counselling', 'Talking therapies and counselling'),
    ('b60844a7-f793-3439-8ee7-147a3fb91697', '3aeb194a-b7d9-347a-a905-c3f85f083eae', NULL, 'substance-misuse', 'Substance misuse', 'Drug and alcohol treatment and recovery'),
    ('7dc692c7-5224-3523-97bb-68c287298933', '3aeb194a-b7d9-347a-a905-c3f85f083eae', NULL, 'debt-benefits-advice', 'Debt and benefits advice', 'Money, debt and benefits advice'),
    ('082304a2-73f0-3e39-992c-a8285d4f9633', '3aeb194a-b7d9-347a-a905-c3f85f083eae', '7dc692c7-5224-3523-97bb-68c287298933', 'employment-support', 'Employment support', 'Help into work and training'),
    ('4a5ae19a-bae9-3a58-b532-9a6a6dd68cf7', '3aeb194a-b7d9-347a-a905-c3f85f083eae', NULL, 'victim-support', 'Victim support', 'Support for victims and witnesses of crime'),
    ('2a2cca6b-76ad-39fd-aa9a-295221591837', '3aeb194a-b7d9-347a-a905-c3f85f083eae', '4a5ae19a-bae9-3a58-b532-9a6a6dd68cf7', 'domestic-abuse-support', 'Domestic abuse support', 'Refuge, outreach and advocacy for people affected by domestic abuse'),
    ('d9a0ad8f-91a4-3c1e-ae62-3a206d5cd8b5', '3aeb194a-b7d9-347a-a905-c3f85f083eae', NULL, 'housing-advice', 'Housing advice', 'Housing options, homelessness prevention and tenancy support'),
    ('27008396-c5fc-3ad6-aa6e-03484e18d06d', '3aeb194a-b7d9-347a-a905-c3f85f083eae', NULL, 'youth-services', 'Youth services', 'Youth work, clubs and support for young people');
