-- As SQLite's 005_official_places.sql: `?country=` and `?organization=` on officials read the distinct
-- (official, country) and (official, organisation) pairs instead of an index over every role.
CREATE TABLE official_countries (
  official_id bigint NOT NULL REFERENCES officials (id) ON DELETE CASCADE,
  country     text NOT NULL COLLATE nocase,
  PRIMARY KEY (official_id, country)
);
CREATE INDEX official_countries_by_country ON official_countries (country, official_id);

CREATE TABLE official_organizations (
  official_id  bigint NOT NULL REFERENCES officials (id) ON DELETE CASCADE,
  organization text NOT NULL COLLATE nocase,
  PRIMARY KEY (official_id, organization)
);
CREATE INDEX official_organizations_by_organization ON official_organizations (organization, official_id);

INSERT INTO official_countries (official_id, country)
  SELECT official_id, country FROM official_roles WHERE country IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO official_organizations (official_id, organization)
  SELECT official_id, organization FROM official_roles WHERE organization IS NOT NULL ON CONFLICT DO NOTHING;

DROP INDEX official_roles_by_country;
DROP INDEX official_roles_by_organization;
