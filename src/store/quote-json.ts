// A page of quotes as JSON text written by SQLite, byte for byte what the API's serialiser makes of the same
// page of objects. Reading 21 rows as 24 JS values each, building objects and serialising them cost twice what
// SQLite takes to write each row's JSON and hand it over as three values (docs/benchmarks.md, bench:read).
// The keys come in the order the API's response schema gives them (tests compare the two outputs); the
// confidence, the one REAL, is passed apart: SQLite writes 17 significant digits where JavaScript writes the
// shortest that round-trips (0.76500000000000012 against 0.7650000000000001).
import { encodeCursor, type Page } from './cursor.js';

const json = (column: string) => `json_quote(q.${column})`;

/** A quote's JSON up to its confidence's value. */
const HEAD = `'{"id":'||q.id||',"articleId":'||q.article_id||',"ordinal":'||q.ordinal||',"text":'||${json('text')}||
  ',"type":'||${json('type')}||',"start":'||q.start||',"end":'||q."end"||',"cue":'||${json('cue')}||',"speaker":'||
  CASE WHEN q.speaker_kind IS NULL THEN 'null' ELSE '{"kind":'||${json('speaker_kind')}||',"name":'||${json('speaker_name')}||
  ',"mention":'||${json('speaker_mention')}||',"mentionStart":'||${json('mention_start')}||',"mentionEnd":'||${json('mention_end')}||'}' END||
  ',"confidence":'`;

/** The rest of it: articles without a date have day '' and show date null. */
const TAIL = `',"officialId":'||${json('official_id')}||',"date":'||CASE WHEN q.day = '' THEN 'null' ELSE ${json('day')} END||
  ',"dateline":{"date":'||${json('dateline_date')}||',"city":'||${json('dateline_city')}||',"country":'||${json('dateline_country')}||
  '},"url":'||${json('url')}||',"source":'||${json('source')}||',"cueStart":'||${json('cue_start')}||',"cueEnd":'||${json('cue_end')}||'}'`;

/** The columns of a quote as JSON, with the page's sort key (day, rank) last. */
export const JSON_COLUMNS = `${HEAD}, q.confidence, ${TAIL}, q.day, q.rank`;

export type QuoteJsonRow = [head: string, confidence: number, tail: string, day: string, rank: number];

/** The page's body (QuotePage without total or nextSince) from up to limit + 1 rows, the extra one saying that more follow. */
export function quotePageJson(rows: QuoteJsonRow[], limit: number): string {
  const more = rows.length > limit;
  const count = more ? limit : rows.length;
  let items = '';
  for (let i = 0; i < count; i++) {
    const [head, confidence, tail] = rows[i];
    items += `${i ? ',' : ''}${head}${JSON.stringify(confidence)}${tail}`;
  }
  const last = rows[limit - 1];
  const nextCursor: Page<unknown>['nextCursor'] = more ? encodeCursor([last[3], last[4]]) : null;
  return `{"items":[${items}],"nextCursor":${JSON.stringify(nextCursor)}}`;
}
