// "/stories": the stories, most recent first, with time span, size, sources and main actors;
// filters for entity, language, source and date range live in the URL, so every view is a deep link.
import {h, entityLink} from './dom.js';
import {api} from './api.js';
import {pager} from './articles.js';

const PAGE = 25;
const KEYS = ['entity', 'lang', 'source', 'from', 'to'];

export function storyLink(id) {
  return '/story/' + encodeURIComponent(id);
}

export function span(s) {
  if (!s.first && !s.last) return 'undated';
  if (s.first === s.last) return s.first;
  return (s.first || '?') + ' – ' + (s.last || '?');
}

export function actorChips(actors, n) {
  return h('ul.chips.actors', null, (actors || []).slice(0, n).map(a =>
    h('li.chip', null, h('a', {href: entityLink(a.id || a.name)}, a.name || a.id),
      a.type ? h('span.badge.t-' + a.type.toLowerCase(), null, a.type) : null,
      h('span.num', {title: 'articles mentioning it'}, String(a.articles)))));
}

/** One story as a list row: title link, span, counts, outlets and languages, main actors. */
export function storyRow(s) {
  return h('li.story-row', {dataset: {story: s.id}},
    h('a.title', {href: storyLink(s.id)}, s.title || '(untitled story)'),
    h('div.meta', null,
      h('span.date', null, span(s)),
      h('span', null, s.articles + (s.articles === 1 ? ' article' : ' articles')),
      h('span', {title: (s.outlets || []).join(', ')}, s.sources + (s.sources === 1 ? ' source' : ' sources')),
      h('span.lang', null, (s.languages || []).join(', ') || 'und'),
      s.active ? null : h('span.muted', null, 'closed')),
    actorChips(s.actors, 6));
}

export async function storiesView(_, params) {
  document.title = 'Stories · Lagebild';
  const f = Object.fromEntries(KEYS.map(k => [k, params.get(k) || '']));
  const offset = Math.max(0, parseInt(params.get('offset') || '0', 10) || 0);
  const filtered = KEYS.some(k => f[k]);
  const [stats, page] = await Promise.all([api('/api/stats'), api('/api/stories', {...f, limit: PAGE, offset})]);

  const form = h('form.filters', {method: 'get', action: '/stories'},
    field('Entity', h('input', {type: 'text', name: 'entity', value: f.entity, placeholder: 'e.g. Kim Jong Un'})),
    field('Language', select('lang', f.lang, Object.keys(stats.byLanguage || {}).sort())),
    field('Source', select('source', f.source, Object.keys(stats.bySource || {}).filter(s => s).sort())),
    field('From', h('input', {type: 'date', name: 'from', value: f.from})),
    field('To', h('input', {type: 'date', name: 'to', value: f.to})),
    h('div.field.actions', null, h('button', {type: 'submit'}, 'Filter'),
      filtered ? h('a.reset', {href: '/stories'}, 'Reset') : null));

  const count = page.total != null ? page.total + (page.total === 1 ? ' story' : ' stories')
    : 'more than ' + (page.offset + page.items.length) + ' stories';
  return h('section.panel.stories', null,
    h('div.panel-head', null, h('h1', null, 'Stories'), h('span.count', null, count)),
    stats.storiesNote ? h('p.note', null, 'Note: ' + stats.storiesNote + '.') : null,
    form,
    page.items.length ? h('ul.story-list', null, page.items.map(storyRow))
      : h('p.empty', null, filtered ? 'No stories match these filters.' : 'No stories yet: ingest some articles.'),
    pager(page, params));
}

function field(label, input) {
  return h('label.field', null, h('span', null, label), input);
}

function select(name, value, options) {
  if (value && !options.includes(value)) options = [value, ...options];
  return h('select', {name}, h('option', {value: ''}, 'any'),
    options.map(o => h('option', {value: o, selected: o === value}, o)));
}
