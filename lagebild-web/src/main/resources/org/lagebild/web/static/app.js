// The workspace: one shell page, one view per path. Views fetch the API and build the DOM.
import {h, clear} from './dom.js';
import {articlesView} from './articles.js';
import {articleView} from './article.js';
import {searchView} from './search.js';
import {entityView} from './entity.js';
import {storiesView} from './stories.js';
import {storyView} from './story.js';

const routes = [
  [/^\/$/, 'articles', () => articlesView],
  [/^\/article\/([^/]+)$/, 'articles', () => articleView],
  [/^\/search$/, 'search', () => searchView],
  [/^\/entity\/([^/]+)$/, 'articles', () => entityView],
  [/^\/stories$/, 'stories', () => storiesView],
  [/^\/story\/([^/]+)$/, 'stories', () => storyView],
];

async function render() {
  const main = document.getElementById('main');
  const path = location.pathname;
  for (const [re, nav, view] of routes) {
    const m = re.exec(path);
    if (!m) continue;
    for (const a of document.querySelectorAll('[data-nav]')) {
      a.classList.toggle('active', a.dataset.nav === nav);
    }
    clear(main).append(h('p.loading', null, 'Loading…'));
    try {
      const node = await view()(m[1] ? decodeURIComponent(m[1]) : null, new URLSearchParams(location.search));
      clear(main).append(node);
      // views that need layout (the chart) finish once they are in the document
      if (typeof node.mounted === 'function') await node.mounted();
      document.body.dataset.ready = 'true';
    } catch (e) {
      clear(main).append(h('div.error', {role: 'alert'},
        h('h1', null, e.status === 404 ? 'Not found' : 'Something went wrong'), h('p', null, e.message)));
      document.body.dataset.ready = 'error';
    }
    return;
  }
  clear(main).append(h('div.error', null, h('h1', null, 'Not found')));
}

// counted so that the browser tests can assert the pages never trip the Content-Security-Policy
window.addEventListener('securitypolicyviolation', e => {
  const n = parseInt(document.body.dataset.cspViolations || '0', 10) + 1;
  document.body.dataset.cspViolations = String(n);
  document.body.dataset.cspLast = e.violatedDirective + ' ' + (e.blockedURI || '');
});

const quick = document.querySelector('form.quick input');
if (quick) quick.value = new URLSearchParams(location.search).get('q') || '';
render();
