// Validation errors name the field and say what was expected; unknown query parameters are refused.
import t from 'tap';
import { testApp } from './helpers.js';

t.test('an unknown query parameter is a 400 naming it and the known ones', async (t) => {
  const app = await testApp(t);
  const typo = await app.inject('/v1/quotes?speakr=patel');
  t.equal(typo.statusCode, 400);
  t.equal(
    typo.json().detail,
    'querystring: "speakr" is not a query parameter here; expected one of speaker, officialId, q, type, from, to, articleId, limit, cursor, count, since',
  );
  t.match((await app.inject('/v1/officials/1/quotes?speaker=x')).json(), { status: 400, detail: /"speaker" is not a query parameter/ });
  t.match((await app.inject('/v1/articles?sourse=dawn')).json(), { status: 400, detail: /"sourse"/ });
});

t.test('each kind of schema violation names the field and what it must be', async (t) => {
  const app = await testApp(t);
  const detail = async (url: string, payload?: string) =>
    (
      await app.inject({ method: payload === undefined ? 'GET' : 'POST', url, payload, headers: { 'content-type': 'application/json' } })
    ).json().detail;
  t.equal(await detail('/v1/quotes?type=scare'), 'querystring/type must be one of direct, indirect');
  t.equal(await detail('/v1/quotes?from=yesterday'), 'querystring/from must match format "date"');
  t.equal(await detail('/v1/quotes?limit=0'), 'querystring/limit must be >= 1');
  t.equal(await detail('/v1/articles', '{"text": 5}'), 'body/text must be string');
  t.equal(await detail('/v1/articles', '5'), 'body must be one of object, string');
  t.equal(await detail('/v1/articles', '{"url": "https://a.example"}'), 'body/text is required');
  t.equal(
    await detail('/v1/articles', '{"text": "Abc.", "sauce": 1}'),
    'body: "sauce" is not a field here; expected one of text, url, source, publishedAt, externalId',
  );
});

t.test('a batch line is described the same way, with its line number', async (t) => {
  const app = await testApp(t);
  const payload = `${JSON.stringify({ text: 'Abc def.', sauce: 1 })}\n${JSON.stringify({ text: 7 })}\n`;
  const body = (
    await app.inject({ method: 'POST', url: '/v1/articles/batch', payload, headers: { 'content-type': 'application/x-ndjson' } })
  ).json();
  t.match(body.results[0].problem.detail, /"sauce" is not a field here; expected one of text, url/);
  t.match(body.results[1].problem.detail, /body\/text must be string/);
});

t.test('a 415 names the types the route takes; text may be Latin-1, other charsets are refused', async (t) => {
  const app = await testApp(t);
  const post = (url: string, payload: string | Buffer, type: string) =>
    app.inject({ method: 'POST', url, payload, headers: { 'content-type': type } });
  const xml = await post('/v1/articles', '<a/>', 'application/xml');
  t.equal(xml.statusCode, 415);
  t.equal(xml.json().detail, 'Content-Type application/xml is not accepted here: send application/json or text/plain.');
  t.match(
    (await post('/v1/articles/batch', '<a/>', 'application/xml')).json().detail,
    /send application\/x-ndjson or application\/json\.$/,
  );
  t.match((await post('/v1/admin/reparse', '<a/>', 'application/xml')).json().detail, /send application\/json\.$/);

  const latin1 = await post(
    '/v1/parse',
    Buffer.from('ZURICH - Caf\u00e9 owners said they would stay open.', 'latin1'),
    'text/plain; charset=ISO-8859-1',
  );
  t.equal(latin1.statusCode, 200, 'Latin-1 text is decoded');
  const utf8 = await post('/v1/parse', 'ZURICH - Caf\u00e9 owners said so.', 'text/plain; charset="utf-8"');
  t.equal(utf8.statusCode, 200);
  const sjis = await post('/v1/parse', 'abc', 'text/plain; charset=shift_jis');
  t.equal(sjis.statusCode, 415);
  t.equal(sjis.json().detail, 'charset=shift_jis is not accepted: send the body as UTF-8 or ISO-8859-1.');
  const json = await post('/v1/parse', '{"text": "abc"}', 'application/json; charset=latin1');
  t.equal(json.json().detail, 'charset=latin1 is not accepted: send the body as UTF-8.');
});
