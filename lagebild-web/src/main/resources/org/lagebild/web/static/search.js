// "/search": full text with filters, facets (source, language) and highlighted snippets.
import {h, marked, fmtDate, articleLink} from './dom.js';
import {api} from './api.js';
import {pager} from './articles.js';

const KEYS = ['q', 'lang', 'source', 'entity', 'from', 'to'];

export async function searchView(_, params) {
  const f = Object.fromEntries(KEYS.map(k => [k, params.get(k) || '']));
  document.title = (f.q ? f.q + ' · ' : '') + 'Search · Lagebild';
  const offset = Math.max(0, parseInt(params.get('offset') || '0', 10) || 0);
  const r = await api('/api/search', {...f, limit: 20, offset});

  const form = h('form.filters.search-form', {method: 'get', action: '/search', role: 'search'},
    h('label.field.grow', null, h('span', null, 'Query'),
      h('input', {type: 'search', name: 'q', value: f.q, placeholder: 'e.g. Soldaten AND Nordkorea', autofocus: true})),
    h('label.field', null, h('span', null, 'Entity'), h('input', {type: 'text', name: 'entity', value: f.entity})),
    h('label.field', null, h('span', null, 'From'), h('input', {type: 'date', name: 'from', value: f.from})),
    h('label.field', null, h('span', null, 'To'), h('input', {type: 'date', name: 'to', value: f.to})),
    f.lang ? h('input', {type: 'hidden', name: 'lang', value: f.lang}) : null,
    f.source ? h('input', {type: 'hidden', name: 'source', value: f.source}) : null,
    h('div.field.actions', null, h('button', {type: 'submit'}, 'Search')));

  const hits = r.items.map(hit => h('li.hit', null,
    h('a.title', {href: articleLink(hit.id)}, hit.title || '(untitled)'),
    h('div.meta', null, h('span.date', null, fmtDate(hit.published)),
      h('span.source', null, hit.source || 'unknown source'), h('span.lang', null, hit.language || 'und'),
      h('span.score', null, 'score ' + hit.score)),
    h('p.snippet', null, marked(hit.snippet || ''))));

  const results = h('section.panel', null,
    h('div.panel-head', null, h('h1', null, 'Search'),
      h('span.count', null, r.total + (r.total === 1 ? ' hit' : ' hits'))),
    form,
    hits.length ? h('ol.hits', null, hits) : h('p.empty', null, 'Nothing found.'),
    pager(r, params));

  const side = h('aside.side', null,
    facet('Source', 'source', r.facets.source, f, params),
    facet('Language', 'lang', r.facets.language, f, params),
    r.facets.exact ? null : h('p.muted.small', null, 'Facets count the ' + r.facets.over + ' most relevant hits.'));
  return h('div.layout', null, results, side);
}

function facet(title, key, counts, f, params) {
  const entries = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  return h('section.panel.facet', null, h('h2', null, title),
    entries.length === 0 ? h('p.muted', null, '—') : h('ul', null, entries.map(([value, n]) => {
      if (!value) return h('li', null, h('span.muted', null, 'unknown'), h('span.num', null, String(n)));
      const p = new URLSearchParams(params);
      p.delete('offset');
      const active = f[key] === value;
      if (active) p.delete(key); else p.set(key, value);
      return h('li', {class: active ? 'active' : null},
        h('a', {href: '/search?' + p.toString()}, value || 'unknown'), h('span.num', null, String(n)));
    })));
}
