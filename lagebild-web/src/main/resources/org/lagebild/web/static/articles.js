// "/": the article list, newest first, with filters (language, source, date range) and top entities.
import {h, fmtDate, articleLink, entityLink} from './dom.js';
import {api} from './api.js';

const PAGE = 25;

export async function articlesView(_, params) {
  document.title = 'Articles · Lagebild';
  const f = {
    lang: params.get('lang') || '', source: params.get('source') || '',
    from: params.get('from') || '', to: params.get('to') || '',
  };
  const offset = Math.max(0, parseInt(params.get('offset') || '0', 10) || 0);
  const filtered = f.lang || f.source || f.from || f.to;
  const [stats, entities, page] = await Promise.all([
    api('/api/stats'),
    api('/api/entities', {top: 12}),
    filtered
      ? api('/api/search', {...f, limit: PAGE, offset, facets: false}).then(r => ({...r, hits: true}))
      : api('/api/articles', {limit: PAGE, offset}),
  ]);

  const form = h('form.filters', {method: 'get', action: '/'},
    field('Language', select('lang', f.lang, Object.keys(stats.byLanguage).sort())),
    field('Source', select('source', f.source, Object.keys(stats.bySource).filter(s => s).sort())),
    field('From', h('input', {type: 'date', name: 'from', value: f.from})),
    field('To', h('input', {type: 'date', name: 'to', value: f.to})),
    h('div.field.actions', null, h('button', {type: 'submit'}, 'Filter'),
      filtered ? h('a.reset', {href: '/'}, 'Reset') : null));

  const rows = page.items.map(a => h('li.article-row', null,
    h('a.title', {href: articleLink(a.id)}, a.title || '(untitled)'),
    h('div.meta', null,
      h('span.date', null, (a.dateSource === 'inferred' ? 'inferred ~' : '') + fmtDate(a.published)),
      h('span.source', null, a.publisher || a.source || 'unknown source'),
      h('span.lang', null, a.language || 'und'),
      a.chars ? h('span', null, a.chars.toLocaleString('en') + ' chars') : null),
    a.snippet ? h('p.snippet', null, a.snippet.replace(/[«»]/g, '')) : null));

  const list = h('section.panel', null,
    h('div.panel-head', null, h('h1', null, 'Articles'),
      h('span.count', null, page.total + (page.total === 1 ? ' article' : ' articles'))),
    form,
    rows.length ? h('ul.articles', null, rows) : h('p.empty', null, 'No articles match these filters.'),
    pager(page, params));

  const side = h('aside.side', null,
    h('section.panel', null, h('h2', null, 'In the store'),
      h('dl.stats', null,
        h('dt', null, 'Articles'), h('dd', null, String(stats.articles)),
        h('dt', null, 'Entity mentions'), h('dd', null, String(stats.mentions)),
        h('dt', null, 'Quantities'), h('dd', null, String(stats.quantities)),
        h('dt', null, 'Time expressions'), h('dd', null, String(stats.times)))),
    h('section.panel', null, h('h2', null, 'Top entities'),
      h('ul.entities', null, entities.items.map(e => h('li', null,
        h('a', {href: entityLink(e.entity || e.name)}, e.name || e.entity),
        h('span.badge.t-' + (e.type || 'MISC').toLowerCase(), null, e.type || ''),
        h('span.num', null, String(e.mentions)))))));

  return h('div.layout', null, list, side);
}

function field(label, input) {
  return h('label.field', null, h('span', null, label), input);
}

function select(name, value, options) {
  return h('select', {name}, h('option', {value: ''}, 'any'),
    options.map(o => h('option', {value: o, selected: o === value}, o)));
}

export function pager(page, params) {
  const prev = page.offset > 0;
  // story lists leave total null when counting would be costly; they say whether there is more
  const next = page.total == null ? !!page.more : page.offset + page.items.length < page.total;
  if (!prev && !next) return null;
  const link = off => {
    const p = new URLSearchParams(params);
    p.set('offset', String(Math.max(0, off)));
    return '?' + p.toString();
  };
  return h('nav.pager', {'aria-label': 'Pages'},
    prev ? h('a', {href: link(page.offset - page.limit)}, '← Newer') : h('span'),
    h('span.muted', null, (page.offset + 1) + '–' + (page.offset + page.items.length)
      + (page.total == null ? '' : ' of ' + page.total)),
    next ? h('a', {href: link(page.offset + page.limit)}, 'Older →') : h('span'));
}
