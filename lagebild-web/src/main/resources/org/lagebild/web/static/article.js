// "/article/ID": the clean text with entities, times, quantities, quotes and claims highlighted.
// Clicking (or a deep link #q-3, #e-0, #t-1, #quote-0, #claim-c2) shows the provenance.
import {h, clear, fmtDate, entityLink, articleLink} from './dom.js';
import {api} from './api.js';

const KINDS = [
  {key: 'entity', label: 'Entities', prefix: 'e-', field: 'entities', chip: true},
  {key: 'time', label: 'Times', prefix: 't-', field: 'times', chip: true},
  {key: 'quantity', label: 'Quantities', prefix: 'q-', field: 'quantities', chip: true},
  {key: 'quote', label: 'Quotes', prefix: 'quote-', field: 'quotes', chip: false},
  {key: 'claim', label: 'Claims', prefix: 'claim-', field: 'claims', chip: false},
];

export async function articleView(id) {
  const a = await api('/api/articles/' + encodeURIComponent(id));
  document.title = (a.title || a.id) + ' · Lagebild';
  const text = fullText(a.blocks);
  const anns = annotations(a);
  const byAnchor = new Map(anns.map(x => [x.anchor, x]));

  const panel = h('aside.prov#provenance', {'aria-live': 'polite', hidden: true});
  const body = h('div.article-text', {lang: a.language && a.language !== 'und' ? a.language : null});
  // the title block is the page heading, with its highlights; the other blocks are the text
  const titleBlock = a.blocks.length && a.blocks[0].type === 'title' ? a.blocks[0] : null;
  const heading = titleBlock ? block(titleBlock, anns, 'h1') : h('h1', null, a.title || '(untitled)');
  for (const b of a.blocks) {
    if (b !== titleBlock) body.append(block(b, anns));
  }

  const removed = h('section.removed', {hidden: true}, h('h2', null, 'Removed boilerplate'),
    a.removed.length === 0 ? h('p.muted', null, 'Nothing was removed.') : a.removed.map(r =>
      h('p.removed-item', {title: r.reason + ' · ' + r.rule}, h('span.reason', null, r.reason), ' ', r.text)));

  const toggles = h('div.toggles', null,
    KINDS.map(k => h('label.toggle.k-' + k.key, null,
      h('input', {type: 'checkbox', checked: true, dataset: {kind: k.key}, onchange: ev => {
        view.classList.toggle('hide-' + k.key, !ev.target.checked);
      }}),
      h('span.swatch'), k.label + ' (' + (a[k.field] || []).length + ')')),
    h('label.toggle', null, h('input', {type: 'checkbox', id: 'show-removed', onchange: ev => {
      removed.hidden = !ev.target.checked;
    }}), 'Show removed boilerplate (' + a.removed.length + ')'));

  const lists = h('div.lists', null, KINDS.map(k => {
    const items = anns.filter(x => x.kind === k.key);
    if (items.length === 0) return null;
    return h('details', {open: k.key !== 'entity' && k.key !== 'time'},
      h('summary', null, k.label + ' (' + items.length + ')'),
      h('ul.ann-list', null, items.map(x => h('li', null,
        h('a.k-' + k.key, {href: '#' + x.anchor, dataset: {ann: x.anchor}}, x.label)))));
  }));

  const header = h('header.article-head', {lang: a.language && a.language !== 'und' ? a.language : null},
    heading,
    h('div.meta', null,
      h('span.date', {title: a.published.explanation || ''},
        a.published.source === 'inferred' && a.published.earliest
          ? 'inferred ' + fmtDate(a.published.earliest) + ' – ' + fmtDate(a.published.latest)
          : fmtDate(a.published.date)),
      h('span.source', null, a.publisher || 'unknown source'),
      h('span.lang', null, a.language || 'und'),
      a.byline ? h('span', null, a.byline) : null,
      /^https?:\/\//i.test(a.url || '') ? h('a.ext', {href: a.url, rel: 'noopener noreferrer nofollow', target: '_blank'}, 'original') : null,
      h('span.muted', null, 'id ' + a.id + (a.versions && a.versions.length > 1 ? ' · ' + a.versions.length + ' versions' : ''))));

  const view = h('div.layout.article-layout', null,
    h('article.panel', null, header, body, removed),
    h('aside.side', null, storyPanel(a), h('section.panel.legend', null, h('h2', null, 'Highlights'), toggles),
      panel, h('section.panel', null, h('h2', null, 'Annotations'), lists)));

  function select(anchor, scroll) {
    const x = byAnchor.get(anchor);
    for (const el of view.querySelectorAll('.ann.selected')) el.classList.remove('selected');
    if (!x) {
      panel.hidden = true;
      return;
    }
    for (const el of view.querySelectorAll('.ann[data-anns]')) {
      if (el.dataset.anns.split(' ').includes(anchor)) el.classList.add('selected');
    }
    showProvenance(panel, x, a, text);
    if (scroll) {
      const target = document.getElementById(anchor);
      if (target) target.scrollIntoView({block: 'center'});
    }
  }

  const textClick = ev => {
    const seg = ev.target.closest('[data-anns]');
    if (!seg) return;
    const ids = seg.dataset.anns.split(' ');
    // the innermost (shortest) annotation wins: a quantity inside a claim sentence
    const best = ids.map(i => byAnchor.get(i)).sort((p, q) => (p.end - p.start) - (q.end - q.start))[0];
    history.replaceState(null, '', '#' + best.anchor);
    select(best.anchor, false);
  };
  body.addEventListener('click', textClick);
  heading.addEventListener('click', textClick);
  view.addEventListener('click', ev => {
    const link = ev.target.closest('a[data-ann]');
    if (!link) return;
    ev.preventDefault();
    history.replaceState(null, '', '#' + link.dataset.ann);
    select(link.dataset.ann, true);
  });
  window.addEventListener('hashchange', () => select(location.hash.slice(1), true));
  // a deep link (#claim-c3 from a story's figure) selects, highlights and scrolls once the view is in the document
  view.mounted = () => {
    if (location.hash.length > 1) select(decodeURIComponent(location.hash.slice(1)), true);
  };
  return view;
}

/** The story the article belongs to, and the articles it nearly duplicates (syndicated copies). */
function storyPanel(a) {
  const dups = a.nearDuplicates || [];
  if (!a.story && dups.length === 0) return null;
  return h('section.panel.article-story', null,
    a.story ? [h('h2', null, 'Story'),
      h('p', null, h('a.story-link', {href: '/story/' + encodeURIComponent(a.story.id)}, a.story.title),
        h('span.muted', null, ' · ' + a.story.articles + (a.story.articles === 1 ? ' article' : ' articles')))] : null,
    dups.length ? [h('h2', null, 'Near-duplicates (' + dups.length + ')'),
      h('p.muted.small', null, 'Copies of one text count once as a source.'),
      h('ul.dups', null, dups.map(d => h('li', null,
        h('a', {href: articleLink(d.id)}, d.title || d.id),
        h('span.muted.small', null, ' · ' + (d.publisher || 'unknown source') + ' · ' + fmtDate(d.published)
          + (d.first ? ' · first of the group' : d.similarity != null ? ' · similarity ' + d.similarity.toFixed(2) : '')))))] : null);
}

/** The clean text: blocks at their spans, joined by blank lines. */
function fullText(blocks) {
  let s = '';
  for (const b of blocks) {
    if (s.length < b.span[0]) s += '\n'.repeat(b.span[0] - s.length);
    s = s.slice(0, b.span[0]) + b.text;
  }
  return s;
}

function annotations(a) {
  const out = [];
  (a.entities || []).forEach((e, i) => out.push({kind: 'entity', anchor: 'e-' + i, start: e.span[0], end: e.span[1],
    label: e.text + ' · ' + e.type, data: e}));
  (a.times || []).forEach((t, i) => out.push({kind: 'time', anchor: 't-' + i, start: t.span[0], end: t.span[1],
    label: t.text + (t.value ? ' → ' + t.value : ''), data: t}));
  (a.quantities || []).forEach((q, i) => out.push({kind: 'quantity', anchor: 'q-' + i, start: q.span[0], end: q.span[1],
    label: q.text + (q.unitLemma ? ' · ' + q.unitLemma : ''), data: q}));
  (a.quotes || []).forEach((q, i) => out.push({kind: 'quote', anchor: q.id || 'quote-' + i, start: q.span[0],
    end: q.span[1], label: (q.speaker ? q.speaker.text + ': ' : '') + clip(q.text, 80), data: q}));
  (a.claims || []).forEach((c, i) => out.push({kind: 'claim', anchor: 'claim-' + (c.id || i), start: c.span[0],
    end: c.span[1], label: c.modality + ' · ' + clip(c.text || c.predicate || '', 80), data: c}));
  return out;
}

function clip(s, n) {
  return s.length <= n ? s : s.slice(0, n - 1) + '…';
}

const BLOCK_TAGS = {title: 'h2', subheading: 'h3', lead: 'p', highlight: 'p', paragraph: 'p', list_item: 'p',
  quote: 'blockquote', table: 'pre', caption: 'p', credit: 'p', byline: 'p'};

/** One block, split into segments at every annotation boundary; each segment lists the annotations covering it. */
function block(b, anns, tag) {
  const [bs, be] = b.span;
  const el = h((tag || BLOCK_TAGS[b.type] || 'p') + '.block.b-' + b.type);
  const inside = anns.filter(x => x.start < be && x.end > bs && x.end > x.start);
  const cuts = new Set([bs, be]);
  for (const x of inside) {
    cuts.add(Math.max(bs, x.start));
    cuts.add(Math.min(be, x.end));
  }
  const points = [...cuts].sort((p, q) => p - q);
  for (let i = 0; i + 1 < points.length; i++) {
    const [s, e] = [points[i], points[i + 1]];
    for (const x of inside) {
      if (x.start === s) el.append(h('a.anchor', {id: x.anchor}));
    }
    const piece = b.text.slice(s - bs, e - bs);
    const cover = inside.filter(x => x.start <= s && x.end >= e);
    if (cover.length === 0) {
      el.append(piece);
      continue;
    }
    const seg = h('span.ann', {dataset: {anns: cover.map(x => x.anchor).join(' ')}}, piece);
    for (const k of new Set(cover.map(x => x.kind))) seg.classList.add('k-' + k);
    seg.title = cover.map(x => kindLabel(x.kind) + ': ' + x.label + ' · ' + x.data.provenance.stage + '/'
      + x.data.provenance.rule).join('\n');
    el.append(seg);
  }
  return el;
}

function kindLabel(k) {
  return {entity: 'Entity', time: 'Time', quantity: 'Quantity', quote: 'Quote', claim: 'Claim'}[k];
}

function showProvenance(panel, x, a, text) {
  const d = x.data;
  const rows = [];
  const row = (k, v) => { if (v !== null && v !== undefined && v !== '') rows.push(h('dt', null, k), h('dd', null, v)); };
  if (x.kind === 'entity') {
    row('Type', d.type);
    row('Name', d.name);
    if (d.entity || d.name) row('Entity', h('a', {href: entityLink(d.entity || d.name)}, d.entity || d.name));
    row('Confidence', d.confidence != null ? d.confidence.toFixed(2) : null);
  } else if (x.kind === 'time') {
    row('Type', d.type);
    row('Value', d.value);
    row('Modifier', d.mod);
    row('Anchor', d.anchor);
    row('Resolved', d.resolved);
  } else if (x.kind === 'quantity') {
    row('Value', d.value != null ? String(d.value) : null);
    if (d.min != null || d.max != null) {
      row('Range', (d.minExclusive ? '(' : '[') + (d.min ?? '') + ' … ' + (d.max ?? '') + (d.maxExclusive ? ')' : ']'));
    }
    row('Unit', d.unit + (d.unitLemma && d.unitLemma !== d.unit ? ' (' + d.unitLemma + ')' : ''));
    row('Approximate', d.approximate ? 'yes' : null);
    row('Qualifier', d.qualifier);
    row('Counts', d.counts);
  } else if (x.kind === 'quote') {
    row('Speaker', d.speaker ? arg(d.speaker) : 'unknown');
    row('Cue', d.cue);
    row('Direct', d.direct ? 'direct' : 'indirect');
  } else if (x.kind === 'claim') {
    row('Modality', h('span.badge.m-' + d.modality, null, d.modality));
    row('Cues', (d.cues || []).join(', '));
    row('Predicate', d.predicate);
    row('Subject', d.subject ? arg(d.subject) : null);
    row('Object', d.object ? arg(d.object) : null);
    row('Quantity', d.quantity ? d.quantity.text : null);
    row('Time', d.time ? d.time.text + (d.time.value ? ' = ' + d.time.value : '') : null);
    row('Location', d.location ? arg(d.location) : null);
    if (d.attribution && d.attribution.length) {
      row('Source chain', h('ol.chain', null, d.attribution.map(s => h('li', null, s.text, h('span.muted', null, ' · ' + s.role)))));
    }
  }
  const p = d.provenance || {};
  row('Stage', p.stage);
  row('Rule', p.rule);
  const si = p.sentence;
  let sentence = null;
  if (si != null && si >= 0 && a.sentenceSpans && si < a.sentenceSpans.length) {
    const [s, e] = a.sentenceSpans[si];
    sentence = h('blockquote.evidence', null, text.slice(s, e));
  }
  row('Sentence', si != null && si >= 0 ? '#' + (si + 1) : 'not tied to a sentence');
  clear(panel).append(
    h('div.prov-head', null, h('h2', null, kindLabel(x.kind) + ' · provenance'),
      h('button.close', {type: 'button', 'aria-label': 'Close', onclick: () => { panel.hidden = true; }}, '×')),
    h('p.prov-text.k-' + x.kind, null, text.slice(x.start, x.end)),
    h('dl.prov-fields', null, rows),
    sentence ? h('div', null, h('h3', null, 'Evidence sentence'), sentence) : null,
    h('p.small', null, h('a', {href: '#' + x.anchor}, 'Link to this ' + kindLabel(x.kind).toLowerCase()),
      ' · chars ' + x.start + '–' + x.end));
  panel.hidden = false;
}

function arg(v) {
  return v.entity || v.name ? h('a', {href: entityLink(v.entity || v.name)}, v.text) : v.text;
}
