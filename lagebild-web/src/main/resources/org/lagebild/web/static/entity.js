// "/entity/ID": one entity: forms seen, the articles it appears in, its quotes and claims.
import {h, marked, fmtDate, articleLink} from './dom.js';
import {api} from './api.js';
import {pager} from './articles.js';
import {storyRow} from './stories.js';

export async function entityView(id, params) {
  const offset = Math.max(0, parseInt(params.get('offset') || '0', 10) || 0);
  const e = await api('/api/entities/' + encodeURIComponent(id), {limit: 25, offset});
  document.title = e.name + ' · Lagebild';
  const head = h('section.panel', null,
    h('div.panel-head', null, h('h1', null, e.name), e.type ? h('span.badge.t-' + e.type.toLowerCase(), null, e.type) : null),
    h('p.muted', null, 'Id ', h('code', null, e.id), ' · ', String(e.mentions), ' mentions in the ',
      String(e.scanned), ' most relevant articles'),
    h('h2', null, 'Forms seen'),
    h('ul.chips', null, e.forms.map(f => h('li.chip', null, f.text, h('span.num', null, String(f.count))))));

  const articles = h('section.panel', null, h('h2', null, 'Articles (' + e.articles.total + ')'),
    h('ul.articles', null, e.articles.items.map(a => h('li.article-row', null,
      h('a.title', {href: articleLink(a.id)}, a.title || '(untitled)'),
      h('div.meta', null, h('span.date', null, fmtDate(a.published)), h('span.source', null, a.source || 'unknown source')),
      h('p.snippet', null, marked(a.snippet || ''))))),
    pager(e.articles, params));

  const said = h('section.panel', null, h('h2', null, 'Quotes'),
    e.quotes.length === 0 ? h('p.muted', null, 'No quotes by this entity recorded.')
      : h('ul.quotes', null, e.quotes.map(q => h('li', null,
        h('blockquote', null, q.text),
        h('a.small', {href: articleLink(q.article) + '#' + q.id}, 'in context')))),
    h('h2', null, 'Claims'),
    e.claims.length === 0 ? h('p.muted', null, 'No claims involving this entity recorded.')
      : h('ul.claims', null, e.claims.map(c => h('li', null,
        h('span.badge.m-' + c.modality, null, c.modality), ' ', c.text || c.predicate,
        ' ', h('a.small', {href: articleLink(c.article) + '#claim-' + c.id}, 'in context')))));

  const stories = h('section.panel.entity-stories', null, h('h2', null, 'Stories (' + (e.stories || []).length + ')'),
    (e.stories || []).length === 0 ? h('p.muted', null, 'In no story yet.')
      : h('ul.story-list', null, e.stories.map(storyRow)),
    h('p.small', null, h('a', {href: '/stories?entity=' + encodeURIComponent(e.id)}, 'All stories with ' + e.name)));

  return h('div.layout', null, h('div.stack', null, head, stories, articles), h('aside.side', null, said));
}
