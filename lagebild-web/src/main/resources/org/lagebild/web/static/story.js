// "/story/ID": one story the way an analyst reads it: the timeline chart (figures over event time),
// the key figures (range, conservative figure, independent sources, status history, conflicts),
// the chronology, source notes, the actors and the articles. Every figure and event links to its
// evidence sentence (/article/ID#claim-CLAIM).
import {h, articleLink, fmtDate} from './dom.js';
import {api} from './api.js';
import {pager} from './articles.js';
import {span, actorChips} from './stories.js';
import {drawTimeline, evidenceLink, fmtNumber, fmtRange, shapeOf, SYMBOLS} from './chart.js';

export async function storyView(id, params) {
  const offset = Math.max(0, parseInt(params.get('offset') || '0', 10) || 0);
  const path = '/api/stories/' + encodeURIComponent(id);
  const [s, facts, timeline] = await Promise.all([
    api(path, {limit: 100, offset}),
    api(path + '/facts').catch(e => ({error: e})),
    api(path + '/timeline').catch(e => ({error: e})),
  ]);
  document.title = s.title + ' · Lagebild';

  const head = h('section.panel.story-head', null,
    h('p.crumbs', null, h('a', {href: '/stories'}, '← Stories')),
    h('h1', null, s.title || '(untitled story)'),
    h('div.meta', null,
      h('span.date', null, span(s)),
      h('span', null, s.articles + (s.articles === 1 ? ' article' : ' articles')),
      h('span', null, s.sources + (s.sources === 1 ? ' source: ' : ' sources: ') + (s.outlets || []).join(', ')),
      h('span.lang', null, (s.languages || []).join(', ') || 'und'),
      h('span.muted', null, 'id ' + s.id)),
    facts.summary ? h('p.summary', null, facts.summary) : null);

  const chartEl = h('div.chart#timeline-chart', {role: 'img', 'aria-label': 'Timeline chart of the story\'s figures and events'});
  const chartPanel = h('section.panel.chart-panel', null,
    h('div.panel-head', null, h('h2', null, 'Timeline'),
      h('span.count', null, 'by event time; bars: range of a figure (vertical) and span of its time (dashed)')),
    timeline.error ? failed('timeline', timeline.error) : [chartEl, legend()]);

  const view = h('div.layout.story-layout', null,
    h('div.stack', null, head, chartPanel,
      facts.error ? h('section.panel', null, h('h2', null, 'Key figures'), failed('facts', facts.error)) : figures(facts),
      timeline.error ? null : chronology(timeline),
      facts.error ? null : notes(facts)),
    h('aside.side', null,
      h('section.panel', null, h('h2', null, 'Actors'), actorChips(s.actors, 30)),
      articles(s, params)));

  view.mounted = async () => {
    if (timeline.error) return;
    try {
      await drawTimeline(chartEl, timeline);
    } catch (e) {
      chartEl.dataset.points = '0';
      chartEl.append(failed('chart', e));
    }
  };
  return view;
}

function failed(what, e) {
  return h('p.error-inline', {role: 'status'}, 'The ' + what + ' could not be loaded: ' + e.message);
}

function legend() {
  const seen = new Map();
  for (const m of ['confirmed', 'asserted', 'reported', 'announced', 'planned', 'proposed', 'estimated', 'alleged',
    'not_confirmed', 'question', 'denied']) {
    const shape = shapeOf(m);
    if (!seen.has(shape)) seen.set(shape, []);
    seen.get(shape).push(m);
  }
  return h('ul.legend', {'aria-label': 'Marker shapes'}, [...seen].map(([shape, ms]) =>
    h('li', null, h('span.sym.s-' + shape, null, SYMBOLS[shape]), ms.join(', '))));
}

function modalityBadge(m) {
  return h('span.badge.m-' + (m || 'unknown'), null, m || 'unknown');
}

/** A link to one piece of evidence, labelled by publisher and date; the sentence is its tooltip. */
function evidenceA(e, label) {
  return h('a.ev', {href: evidenceLink(e), title: (e.sources || []).join(' → ') + ': ' + (e.sentence || ''),
    dataset: {article: e.article, claim: e.claim}}, label || ((e.publisher || 'source') + (e.published ? ' ' + e.published : '')));
}

function figures(facts) {
  const withFigure = (facts.facts || []).filter(f => f.min != null || f.max != null || f.conservative != null);
  const rows = withFigure.map(f => h('tr', {id: 'fact-' + f.id, dataset: {fact: f.id}},
    h('td.fact', null, h('div.fact-label', null, f.label),
      h('div.muted.small', null, [f.subject, f.location, f.time].filter(x => x).join(' · '))),
    h('td.num.range', null, fmtRange(f.min, f.max, null) + (f.unit ? ' ' + f.unit : '')),
    h('td.num', null, f.conservative != null ? fmtNumber(f.conservative) : '–'),
    h('td.num', {title: 'distinct innermost sources, syndicated copies counted once'}, String(f.independentSources)),
    h('td.status', null, h('ol.status', null, (f.status || []).map(st => h('li', null, modalityBadge(st.modality),
      ' ', st.article ? h('a', {href: articleLink(st.article)}, fmtDate(st.date)) : fmtDate(st.date))))),
    h('td.conflicts', null, (f.conflicts || []).length === 0 ? h('span.muted', null, '–')
      : f.conflicts.map(c => h('div.conflict', {role: 'note'}, h('span.flag', {title: 'conflict'}, '⚠ '), c.reason || c.kind || 'conflict',
        c.a ? [' ', evidenceA(c.a, 'A')] : null, c.b ? [' ', evidenceA(c.b, 'B')] : null))),
    h('td.evidence-links', null, (f.evidence || []).map((e, i) => [i ? ' ' : null, evidenceA(e, String(i + 1))]))));
  const others = (facts.facts || []).length - withFigure.length;
  return h('section.panel.figures', null,
    h('div.panel-head', null, h('h2', null, 'Key figures'),
      h('span.count', null, withFigure.length + ' with a figure' + (others ? ', ' + others + ' without' : ''))),
    withFigure.length === 0 ? h('p.empty', null, 'No figures stated in this story.') : h('div.table-wrap', null,
      h('table.figures-table', null,
        h('thead', null, h('tr', null, ['Fact', 'Range', 'Conservative', 'Independent sources', 'Status history',
          'Conflicts', 'Evidence'].map(c => h('th', {scope: 'col'}, c)))),
        h('tbody', null, rows))));
}

function chronology(timeline) {
  const events = timeline.events || [];
  return h('section.panel.chronology', null,
    h('div.panel-head', null, h('h2', null, 'Chronology'), h('span.count', null, events.length + ' events')),
    events.length === 0 ? h('p.empty', null, 'No dated events.') : h('ol.chrono', null, events.map(ev => h('li', {id: ev.id},
      h('span.when', {title: (ev.start || '?') + ' – ' + (ev.end || '?') + ' (' + ev.granularity + ')'}, ev.time || ev.start || '?'),
      h('div.what', null,
        h('span.sym.s-' + shapeOf(ev.modality), {'aria-hidden': 'true'}, SYMBOLS[shapeOf(ev.modality)] || '○'), ' ',
        ev.label, ' ', modalityBadge(ev.modality),
        ev.value != null || ev.min != null || ev.max != null
          ? h('span.figure', null, ' ' + fmtRange(ev.min, ev.max, ev.value) + (ev.unit ? ' ' + ev.unit : '')) : null,
        ev.factId ? [' ', h('a.small', {href: '#fact-' + ev.factId}, 'figure')] : null,
        h('div.small', null, (ev.evidence || []).map((e, i) => [i ? ' · ' : null, evidenceA(e)])))))));
}

function notes(facts) {
  const list = facts.notes || [];
  if (list.length === 0) return null;
  return h('section.panel.notes', null, h('h2', null, 'Source notes'),
    h('ul.note-list', null, list.map(n => h('li', null, h('span.badge', null, n.kind), ' ', n.text,
      n.factId ? [' ', h('a.small', {href: '#fact-' + n.factId}, 'figure')] : null))));
}

function articles(s, params) {
  const page = s.articlePage;
  return h('section.panel.story-articles', null,
    h('h2', null, 'Articles (' + page.total + ')'),
    h('ol.articles', {start: page.offset + 1}, page.items.map(a => h('li.article-row', null,
      h('a.title', {href: articleLink(a.id)}, a.title || '(untitled)'),
      h('div.meta', null, h('span.date', null, fmtDate(a.published)), h('span.source', null, a.publisher || 'unknown source'),
        h('span.lang', null, a.language || 'und'),
        a.copyOf ? h('a.copy', {href: articleLink(a.copyOf), title: 'near-duplicate: not independent'}, 'copy') : null)))),
    pager(page, params));
}
