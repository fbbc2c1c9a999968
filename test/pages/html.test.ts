// The template tag escapes by construction; links are http(s) or this site's paths only.
import t from 'tap';
import { escapeHtml, html, link, SafeHtml, safeHref } from '../../src/pages/public/html.js';

t.test('every interpolation is escaped unless it is SafeHtml', async (t) => {
  const hostile = `<script>alert("x")</script> & 'quoted'`;
  t.equal(
    html`<p title="${hostile}">${hostile}</p>`.toString(),
    '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;</p>',
  );
  const inner = html`<b>${'a<b'}</b>`;
  t.ok(inner instanceof SafeHtml);
  t.equal(html`<i>${inner}</i>`.markup, '<i><b>a&lt;b</b></i>', 'markup from the tag is kept');
  t.equal(html`${'<x>'}`.markup, '&lt;x&gt;', 'a template starting with a value');
});

t.test('lists are joined at any depth; null, undefined and false render nothing; numbers and true as text', async (t) => {
  t.equal(html`${[html`<li>1</li>`, ['<li>', [html`<li>2</li>`]]]}`.markup, '<li>1</li>&lt;li&gt;<li>2</li>');
  t.equal(html`[${null}${undefined}${false}]`.markup, '[]');
  t.equal(html`${0} ${2.5} ${true}`.markup, '0 2.5 true');
});

t.test('direction controls are shown, not obeyed', async (t) => {
  const trojan = 'access\u202e\u2066 level\u2069\u202c \u200f\u061c';
  t.equal(escapeHtml(trojan), 'access\ufffd\ufffd level\ufffd\ufffd \ufffd\ufffd');
  t.notMatch(html`${trojan}`.markup, /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
});

t.test('hrefs: http(s) and this site only', async (t) => {
  t.equal(safeHref('https://news.example.com/a?b=1'), 'https://news.example.com/a?b=1');
  t.equal(safeHref(' HTTP://news.example.com/a '), 'HTTP://news.example.com/a', 'trimmed, any case');
  t.equal(safeHref('/articles/4'), '/articles/4');
  for (const bad of [
    'javascript:alert(1)',
    ' javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<b>',
    '//evil.example',
    '/\\evil.example',
    'https://a b',
    'vbscript:x',
    '',
  ]) {
    t.equal(safeHref(bad), null, JSON.stringify(bad));
  }
  t.equal(safeHref(null), null);
  t.equal(safeHref(undefined), null);
});

t.test('a link to an unsafe URL is its text alone', async (t) => {
  t.equal(
    link('https://x.example/"', 'original').markup,
    '<a href="https://x.example/&quot;" rel="noopener noreferrer nofollow">original</a>',
  );
  t.equal(link('javascript:alert(1)', '<b>x</b>').markup, '<span>&lt;b&gt;x&lt;/b&gt;</span>');
});
