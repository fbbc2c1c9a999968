// The project's annotated corpus, scored by the vendored scorer (score.mjs, as ../shared/eval ships
// it): the test fails when a figure drops below the level issue 3 sets (seed: perfect).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import t, { type Test } from 'tap';
import { parseArticle } from '../../src/extract/index.js';

const here = fileURLToPath(new URL('.', import.meta.url));

const ISSUE_LEVELS = {
  e2e_f1: 0.92,
  quote_f1: 0.95,
  official_f1: 0.92,
  title_acc: 0.9,
  organization_acc: 0.9,
  country_acc: 0.9,
  dateline_date_acc: 0.95,
  dateline_city_acc: 0.95,
  dateline_country_acc: 0.95,
};
const PERFECT = Object.fromEntries(Object.keys(ISSUE_LEVELS).map((k) => [k, 1]));

const floors: Record<string, Record<string, number>> = {
  'seed.jsonl': PERFECT,
  'dev.jsonl': ISSUE_LEVELS,
  // articles written for this project (patterns dev lacks); no officials annotated in every one
  'extra.jsonl': { e2e_f1: 0.9, quote_f1: 0.95, dateline_date_acc: 0.95, dateline_city_acc: 0.95, dateline_country_acc: 0.95 },
  // eight articles the engine was not tuned on (the lead's blind set); it meets every issue-3 level
  'blind.jsonl': ISSUE_LEVELS,
  // twelve articles by an annotator who never saw the code (first pass: e2e 0.854, quotes 0.973, officials
  // 0.938, organisation 0.730, country 0.849, dateline city 0.917); floors at what the fixes reach
  'blind2.jsonl': {
    e2e_f1: 0.96,
    quote_f1: 0.99,
    official_f1: 0.98,
    title_acc: 0.98,
    organization_acc: 0.9,
    country_acc: 0.96,
    dateline_date_acc: 1,
    dateline_city_acc: 1,
    dateline_country_acc: 1,
  },
  // twelve articles in the style of Pakistani, South Asian and wire copy by a third annotator who never saw
  // the code, scored untuned (first pass, before the real-news fixes: e2e 0.809, officials 0.867); floors
  // just under the untuned figures after them (parser 0.6.0 and 0.7.0: e2e 0.897, officials 0.903; 0.9.0: e2e
  // 0.918, dateline 1.000; 0.10.0: e2e 0.937, quotes 0.991, officials 0.925, organisation 0.773), so a change
  // that loses ground on unseen text fails
  'blind3.jsonl': {
    e2e_f1: 0.93,
    quote_f1: 0.985,
    attribution_acc: 0.925,
    official_f1: 0.92,
    title_acc: 0.92,
    organization_acc: 0.76,
    country_acc: 0.92,
    dateline_date_acc: 0.95,
    dateline_city_acc: 0.95,
    dateline_country_acc: 0.92,
  },
  // twelve more by a fourth annotator (six Pakistani, six South Asian and world wire stories), scored untuned
  // once before any change of the session that added it (e2e 0.795); floors just under the untuned figures
  // since (parser 0.6.0 and 0.7.0: e2e 0.804, officials 0.906; 0.8.0: e2e 0.821, organisation 0.656); a dev
  // corpus from parser 0.9.0 on (its misses read and tuned on): floors just under the latest figures (0.10.0's
  // quotes and speakers)
  'blind4.jsonl': {
    e2e_f1: 0.94,
    quote_f1: 0.975,
    attribution_acc: 0.955,
    official_f1: 0.95,
    title_acc: 0.945,
    organization_acc: 0.78,
    country_acc: 0.975,
    dateline_date_acc: 0.95,
    dateline_city_acc: 0.95,
    dateline_country_acc: 0.95,
  },
  // twelve by a fifth annotator (eight Pakistani, one Indian, three world wire stories), first pass e2e 0.862;
  // a dev corpus from parser 0.9.0 on (its misses read and tuned on): floors just under the latest figures
  'blind5.jsonl': {
    e2e_f1: 0.98,
    quote_f1: 0.99,
    attribution_acc: 0.985,
    official_f1: 0.98,
    title_acc: 0.97,
    organization_acc: 0.73,
    country_acc: 0.97,
    dateline_date_acc: 0.95,
    dateline_city_acc: 0.95,
    dateline_country_acc: 0.97,
  },
  // twelve by a sixth annotator (eight Pakistani, one Indian, three world wire stories), scored untuned once
  // before any change of the session that added it (e2e 0.812, direct-quote recall 0.557); floors just under
  // the untuned figures since (parser 0.8.0: e2e 0.903, organisation 0.767; 0.9.0: e2e 0.914, officials 0.955);
  // a dev corpus from parser 0.10.0 on (its misses read and tuned on): floors just under the latest figures
  'blind6.jsonl': {
    e2e_f1: 0.94,
    quote_f1: 0.98,
    attribution_acc: 0.955,
    official_f1: 0.945,
    title_acc: 0.96,
    organization_acc: 0.865,
    country_acc: 0.995,
    dateline_date_acc: 0.95,
    dateline_city_acc: 0.95,
    dateline_country_acc: 0.995,
  },
  // twelve by a seventh annotator (six Pakistani, two Indian, two world wire, two US and UK political stories),
  // scored untuned once on 0.7.0 (e2e 0.831, organisation 0.632); a dev corpus from parser 0.10.0 on (its
  // misses read and tuned on): floors just under the latest figures
  'blind7.jsonl': {
    e2e_f1: 0.92,
    quote_f1: 0.99,
    attribution_acc: 0.925,
    official_f1: 0.97,
    title_acc: 0.9,
    organization_acc: 0.78,
    country_acc: 0.97,
    dateline_date_acc: 0.95,
    dateline_city_acc: 0.95,
    dateline_country_acc: 0.97,
  },
  // twelve by an eighth annotator (six Pakistani, two Indian, two world wire, two US and UK political stories),
  // scored untuned once on 0.8.0 (e2e 0.891, organisation 0.657); floors just under that first pass, quotes
  // and e2e just under parser 0.10.0's (0.984, 0.897); organisation lowered at 0.15.0, where a name rule found
  // one more official whose body the article does not give
  'blind8.jsonl': {
    e2e_f1: 0.89,
    quote_f1: 0.98,
    attribution_acc: 0.91,
    official_f1: 0.985,
    title_acc: 0.925,
    organization_acc: 0.635,
    country_acc: 0.975,
    dateline_date_acc: 0.99,
    dateline_city_acc: 0.9,
    dateline_country_acc: 0.9,
  },
};

function score(gold: string): Record<string, number> {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-test-'));
  try {
    const pred = join(dir, 'pred.jsonl');
    const articles = readFileSync(gold, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { id: string; text: string });
    writeFileSync(pred, articles.map((a) => JSON.stringify({ id: a.id, ...parseArticle(a.text) })).join('\n'));
    // A plain node: tap's NODE_OPTIONS would load its process tracking and coverage into the vendored scorer.
    const scorer = [join(here, 'score.mjs'), '--gold', gold, '--pred', pred, '--json'];
    const out = execFileSync(process.execPath, scorer, { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    return JSON.parse(out) as Record<string, number>;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Real news (Pakistani, South Asian and wire copy) annotated by the team and kept beside the repository,
// not in it (others' copyright). First pass: e2e 0.787, quotes 0.933, speakers 0.843, officials 0.848.
// Floors a little below what the fixes reach.
const REAL_DEV = join(here, '..', '..', '..', 'shared', 'eval', 'real-dev.jsonl');
const REAL_DEV_FLOOR = {
  e2e_f1: 0.945,
  quote_f1: 0.965,
  attribution_acc: 0.97,
  official_f1: 0.95,
  organization_acc: 0.93,
  country_acc: 0.92,
  dateline_city_acc: 0.95,
  dateline_country_acc: 0.95,
};

function check(t: Test, gold: string, floor: Record<string, number>): void {
  const figures = score(gold);
  t.equal(figures.failed, 0, 'every article parsed');
  t.equal(figures.offsets_bad, 0, 'every offset pair holds its text');
  for (const [key, min] of Object.entries(floor)) t.ok(figures[key] >= min, `${key} ${figures[key].toFixed(3)} >= ${min}`);
}

for (const [file, floor] of Object.entries(floors)) t.test(file, async (t) => check(t, join(here, file), floor));

t.test(
  'real-dev.jsonl (../shared/eval)',
  { skip: existsSync(REAL_DEV) ? false : `${REAL_DEV} not found: the real-news corpus lives outside the repository` },
  async (t) => {
    check(t, REAL_DEV, REAL_DEV_FLOOR);
  },
);
