-- `?country=` and `?organization=` on officials are answered from the distinct (official, country) and
-- (official, organisation) pairs instead of an index over every role. Those two indexes held one entry per
-- role (600k on the 100k-article benchmark database), each insert landing in a random leaf; the pairs are a
-- few tens of thousands of rows, and a mention that repeats a known role writes nothing to them. Saving an
-- article there: 0.73 -> 0.57 ms (12,000 articles, 800 a transaction).
CREATE TABLE official_countries (
  official_id INTEGER NOT NULL REFERENCES officials (id) ON DELETE CASCADE,
  country     TEXT NOT NULL COLLATE NOCASE,
  PRIMARY KEY (official_id, country)
) WITHOUT ROWID;
CREATE INDEX official_countries_by_country ON official_countries (country, official_id);

CREATE TABLE official_organizations (
  official_id  INTEGER NOT NULL REFERENCES officials (id) ON DELETE CASCADE,
  organization TEXT NOT NULL COLLATE NOCASE,
  PRIMARY KEY (official_id, organization)
) WITHOUT ROWID;
CREATE INDEX official_organizations_by_organization ON official_organizations (organization, official_id);

INSERT OR IGNORE INTO official_countries (official_id, country)
  SELECT official_id, country FROM official_roles WHERE country IS NOT NULL;
INSERT OR IGNORE INTO official_organizations (official_id, organization)
  SELECT official_id, organization FROM official_roles WHERE organization IS NOT NULL;

DROP INDEX official_roles_by_country;
DROP INDEX official_roles_by_organization;
