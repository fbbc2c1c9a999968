#!/usr/bin/env node
// Vendored unchanged from ../shared/eval/score.mjs (the team's shared scorer) so the project scores itself standalone.
// Scores quote, speaker, official and dateline extraction against gold articles (see GUIDELINES.md).
//
//   node score.mjs --gold dev.jsonl --url http://127.0.0.1:3000/v1/parse   POSTs {"text": ...} per article
//   node score.mjs --gold dev.jsonl --pred predictions.jsonl                one JSON object a line, with "id"
//   options: --verbose (every miss, false hit and wrong speaker)  --json (summary as JSON)
//            --min e2e_f1=0.9 (exit 1 when a figure is below; repeatable)  --header 'Name: value'
//
// A prediction is the parse response: {dateline, quotes: [{text, type, start?, end?, speaker}], officials}
// (also accepted under "article" or "data"). speaker is {kind, name?, mention?} or a plain name string.
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const opt = { min: [], header: [] };
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--verbose') opt.verbose = true;
  else if (a === '--json') opt.json = true;
  else if (a === '--min') opt.min.push(args[++i]);
  else if (a === '--header') opt.header.push(args[++i]);
  else if (a.startsWith('--')) opt[a.slice(2)] = args[++i];
  else { console.error(`unknown argument ${a}`); process.exit(2); }
}
if (!opt.gold || (!opt.url && !opt.pred)) {
  console.error('usage: score.mjs --gold FILE.jsonl (--url URL | --pred FILE.jsonl) [--verbose] [--json] [--min key=value]');
  process.exit(2);
}

const readJsonl = (f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l, i) => {
  try { return JSON.parse(l); } catch (e) { throw new Error(`${f}:${i + 1}: ${e.message}`); }
});

const words = (s) => (s ?? '').toLowerCase().normalize('NFKD').match(/[\p{L}\p{N}]+/gu) ?? [];
function dice(a, b) {
  const wa = words(a), wb = words(b);
  if (!wa.length || !wb.length) return 0;
  const count = new Map();
  for (const w of wa) count.set(w, (count.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of wb) { const c = count.get(w); if (c) { common++; count.set(w, c - 1); } }
  return (2 * common) / (wa.length + wb.length);
}
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'hon', 'honourable', 'honorable', 'sen', 'senator', 'rep']);
function normName(s) {
  const w = words(s);
  while (w.length > 1 && HONORIFICS.has(w[0])) w.shift();
  return w.join(' ');
}
const COUNTRY = {
  'us': 'united states', 'u s': 'united states', 'usa': 'united states', 'u s a': 'united states',
  'united states of america': 'united states', 'america': 'united states', 'the united states': 'united states',
  'uk': 'united kingdom', 'u k': 'united kingdom', 'britain': 'united kingdom', 'great britain': 'united kingdom',
  'prc': 'china', 'people s republic of china': 'china', 'uae': 'united arab emirates', 'ksa': 'saudi arabia',
  'islamic republic of pakistan': 'pakistan', 'russian federation': 'russia',
};
const normCountry = (s) => { const n = words(s).join(' '); return COUNTRY[n] ?? n; };
const normPlain = (s) => words(s).join(' ');

function predictionOf(resp) {
  const r = resp?.article && !resp.quotes ? { ...resp.article, ...resp } : resp?.data ?? resp ?? {};
  const quotes = r.quotes ?? r.article?.quotes ?? [];
  const officials = r.officials ?? r.article?.officials ?? r.people ?? [];
  const dateline = r.dateline ?? r.article?.dateline ?? {};
  return { quotes, officials, dateline };
}
function speakerOf(q) {
  const s = q.speaker;
  if (s == null) return { kind: 'none', name: null };
  if (typeof s === 'string') return { kind: 'person', name: s };
  const kind = s.kind ?? (s.name ? 'person' : 'anonymous');
  return { kind, name: s.name ?? null, mention: s.mention ?? s.text ?? null };
}
const STOP = new Set(['the', 'a', 'an', 'of', 'in', 'at', 'for', 'and', 'to', 'on', 'his', 'her', 'their', 'its', 'who', 'said', 'mr', 'mrs', 'ms', 'dr']);
function speakerRight(gold, pred) {
  const g = gold.speaker, p = speakerOf(pred);
  if (g.kind === 'any') return true; // gold source is a pronoun or missing: only the span is scored
  if (g.kind === 'span') { // gold source is a text span, unresolved: any shared content word counts
    const want = new Set(words(g.mention).filter((w) => !STOP.has(w)));
    return words(`${p.name ?? ''} ${p.mention ?? ''}`).some((w) => want.has(w));
  }
  if (g.kind === 'anonymous') return p.kind === 'anonymous';
  if (p.kind !== g.kind || !p.name) return false;
  const n = normName(p.name);
  return [g.name, ...(g.aliases ?? [])].some((x) => normName(x) === n);
}

// greedy one-to-one matching, best pairs first
function match(golds, preds, score, threshold) {
  const pairs = [];
  golds.forEach((g, i) => preds.forEach((p, j) => { const s = score(g, p); if (s >= threshold) pairs.push([s, i, j]); }));
  pairs.sort((a, b) => b[0] - a[0]);
  const gUsed = new Map(), pUsed = new Set();
  for (const [, i, j] of pairs) if (!gUsed.has(i) && !pUsed.has(j)) { gUsed.set(i, j); pUsed.add(j); }
  return { gUsed, pUsed };
}

const T = {
  articles: 0, failed: 0,
  q: { tp: 0, fp: 0, fn: 0, e2e: 0, speakerOk: 0, typeOk: 0, offsetsChecked: 0, offsetsBad: 0 },
  byType: { direct: { gold: 0, found: 0, e2e: 0 }, indirect: { gold: 0, found: 0, e2e: 0 } },
  o: { tp: 0, fp: 0, fn: 0, title: [0, 0], organization: [0, 0], country: [0, 0] },
  d: { date: [0, 0], city: [0, 0], country: [0, 0] },
};
const notes = [];
const short = (s) => (s.length > 70 ? s.slice(0, 67) + '...' : s);

function scoreArticle(gold, resp) {
  const { quotes, officials, dateline } = predictionOf(resp);
  const preds = Array.isArray(quotes) ? quotes.filter((q) => q && typeof q.text === 'string') : [];
  for (const p of preds) {
    if (Number.isInteger(p.start) && Number.isInteger(p.end)) {
      T.q.offsetsChecked++;
      if (gold.text.slice(p.start, p.end) !== p.text) {
        T.q.offsetsBad++;
        notes.push(`${gold.id}: offsets [${p.start},${p.end}) do not hold "${short(p.text)}"`);
      }
    }
  }
  const golds = gold.quotes ?? [];
  const { gUsed, pUsed } = match(golds, preds, (g, p) => dice(g.text, p.text), 0.5);
  golds.forEach((g, i) => {
    if (g.optional) return;
    const bucket = T.byType[g.type] ?? (T.byType[g.type] = { gold: 0, found: 0, e2e: 0 });
    bucket.gold++;
    if (!gUsed.has(i)) {
      T.q.fn++;
      notes.push(`${gold.id}: missed ${g.type} "${short(g.text)}" (${g.speaker.name ?? g.speaker.mention ?? g.speaker.kind})`);
      return;
    }
    const p = preds[gUsed.get(i)];
    T.q.tp++; bucket.found++;
    if (p.type === g.type) T.q.typeOk++;
    if (speakerRight(g, p)) { T.q.speakerOk++; T.q.e2e++; bucket.e2e++; } else {
      const s = speakerOf(p);
      notes.push(`${gold.id}: wrong speaker for "${short(g.text)}": got ${s.kind}:${s.name ?? s.mention ?? ''}, want ${g.speaker.kind}:${g.speaker.name ?? g.speaker.mention}`);
    }
  });
  const optionalHit = new Set([...gUsed].filter(([i]) => golds[i].optional).map(([, j]) => j));
  preds.forEach((p, j) => {
    if (!pUsed.has(j)) { T.q.fp++; notes.push(`${gold.id}: false quote ${p.type ?? ''} "${short(p.text)}"`); }
  });
  void optionalHit;

  if (gold.officials === null) return scoreDateline(gold, dateline); // corpus without officials
  const gOff = gold.officials ?? [];
  const pOff = Array.isArray(officials) ? officials.filter((o) => o && typeof o.name === 'string') : [];
  const om = match(gOff, pOff, (g, p) => {
    const n = normName(p.name);
    return [g.name, ...(g.aliases ?? [])].some((x) => normName(x) === n) ? 1 : 0;
  }, 1);
  gOff.forEach((g, i) => {
    if (!om.gUsed.has(i)) { T.o.fn++; notes.push(`${gold.id}: missed official ${g.name}`); return; }
    T.o.tp++;
    const p = pOff[om.gUsed.get(i)];
    for (const f of ['title', 'organization']) {
      if (g[f] == null) continue;
      T.o[f][1]++;
      if (dice(g[f], p[f]) >= 0.5) T.o[f][0]++;
      else notes.push(`${gold.id}: ${g.name} ${f}: got "${p[f] ?? ''}", want "${g[f]}"`);
    }
    if (g.country != null) {
      T.o.country[1]++;
      if (normCountry(g.country) === normCountry(p.country)) T.o.country[0]++;
      else notes.push(`${gold.id}: ${g.name} country: got "${p.country ?? ''}", want "${g.country}"`);
    }
  });
  pOff.forEach((p, j) => { if (!om.pUsed.has(j)) { T.o.fp++; notes.push(`${gold.id}: extra official ${p.name}`); } });
  scoreDateline(gold, dateline);
}

function scoreDateline(gold, dateline) {
  if (gold.dateline === null) return; // corpus without datelines
  const gd = gold.dateline ?? {};
  const pd = dateline ?? {};
  for (const f of ['date', 'city', 'country']) {
    T.d[f][1]++;
    const norm = f === 'country' ? normCountry : normPlain;
    if (norm(gd[f]) === norm(pd[f])) T.d[f][0]++;
    else notes.push(`${gold.id}: dateline ${f}: got "${pd[f] ?? ''}", want "${gd[f] ?? ''}"`);
  }
}

async function predict(gold) {
  const headers = { 'content-type': 'application/json' };
  for (const h of opt.header) { const k = h.indexOf(':'); headers[h.slice(0, k).trim()] = h.slice(k + 1).trim(); }
  const res = await fetch(opt.url, { method: 'POST', headers, body: JSON.stringify({ text: gold.text }) });
  if (!res.ok) throw new Error(`HTTP ${res.status}: ${(await res.text()).slice(0, 200)}`);
  return res.json();
}

const golds = readJsonl(opt.gold);
const predById = opt.pred ? new Map(readJsonl(opt.pred).map((p) => [p.id, p])) : null;
for (const g of golds) {
  T.articles++;
  let resp;
  try {
    resp = predById ? predById.get(g.id) : await predict(g);
    if (resp == null) throw new Error('no prediction');
  } catch (e) {
    T.failed++;
    notes.push(`${g.id}: ${e.message}`);
    resp = {};
  }
  scoreArticle(g, resp);
}

const ratio = (a, b) => (b ? a / b : 0);
const f1 = (p, r) => (p + r ? (2 * p * r) / (p + r) : 0);
const q = T.q;
const nPred = q.tp + q.fp, nGold = q.tp + q.fn;
const S = {
  articles: T.articles, failed: T.failed,
  quote_p: ratio(q.tp, nPred), quote_r: ratio(q.tp, nGold),
  e2e_p: ratio(q.e2e, nPred), e2e_r: ratio(q.e2e, nGold),
  attribution_acc: ratio(q.speakerOk, q.tp), type_acc: ratio(q.typeOk, q.tp),
  direct_r: ratio(T.byType.direct.found, T.byType.direct.gold), direct_e2e_r: ratio(T.byType.direct.e2e, T.byType.direct.gold),
  indirect_r: ratio(T.byType.indirect.found, T.byType.indirect.gold), indirect_e2e_r: ratio(T.byType.indirect.e2e, T.byType.indirect.gold),
  official_p: ratio(T.o.tp, T.o.tp + T.o.fp), official_r: ratio(T.o.tp, T.o.tp + T.o.fn),
  title_acc: ratio(...T.o.title), organization_acc: ratio(...T.o.organization), country_acc: ratio(...T.o.country),
  dateline_date_acc: ratio(...T.d.date), dateline_city_acc: ratio(...T.d.city), dateline_country_acc: ratio(...T.d.country),
  offsets_bad: q.offsetsBad, offsets_checked: q.offsetsChecked,
  gold_quotes: nGold, predicted_quotes: nPred,
};
S.quote_f1 = f1(S.quote_p, S.quote_r);
S.e2e_f1 = f1(S.e2e_p, S.e2e_r);
S.official_f1 = f1(S.official_p, S.official_r);

if (opt.verbose) for (const n of notes) console.log(n);
if (opt.json) console.log(JSON.stringify(S, null, 2));
else {
  const p = (x) => x.toFixed(3);
  console.log(`articles ${S.articles} (failed ${S.failed}), gold quotes ${nGold}, predicted ${nPred}, offsets wrong ${q.offsetsBad}/${q.offsetsChecked}`);
  console.log(`quotes      P ${p(S.quote_p)}  R ${p(S.quote_r)}  F1 ${p(S.quote_f1)}   type acc ${p(S.type_acc)}`);
  console.log(`  direct    R ${p(S.direct_r)}  with speaker R ${p(S.direct_e2e_r)}`);
  console.log(`  indirect  R ${p(S.indirect_r)}  with speaker R ${p(S.indirect_e2e_r)}`);
  console.log(`speakers    accuracy on found quotes ${p(S.attribution_acc)}`);
  const scored = T.o.tp + T.o.fn + T.o.fp > 0, dated = T.d.date[1] > 0;
  if (!scored) console.log('officials   n/a (no gold officials)'); else console.log(`officials   P ${p(S.official_p)}  R ${p(S.official_r)}  F1 ${p(S.official_f1)}   title ${p(S.title_acc)}  org ${p(S.organization_acc)}  country ${p(S.country_acc)}`);
  if (!dated) console.log('dateline    n/a (no gold datelines)'); else console.log(`dateline    date ${p(S.dateline_date_acc)}  city ${p(S.dateline_city_acc)}  country ${p(S.dateline_country_acc)}`);
  console.log(`end-to-end (quote with right speaker)  P ${p(S.e2e_p)}  R ${p(S.e2e_r)}  F1 ${p(S.e2e_f1)}`);
}
let short_ = false;
for (const m of opt.min) {
  const [k, v] = m.split('=');
  if (!(k in S)) { console.error(`--min: no figure ${k}`); process.exit(2); }
  if (S[k] < Number(v)) { console.log(`below: ${k} ${S[k].toFixed(3)} < ${v}`); short_ = true; }
}
process.exit(short_ || T.failed ? 1 : 0);
