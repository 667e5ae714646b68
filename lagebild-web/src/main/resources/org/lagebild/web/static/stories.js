// Stories, facts and timelines arrive with the stories issue; until then this page says so.
import {h} from './dom.js';

export async function storiesView() {
  document.title = 'Stories · Lagebild';
  return h('section.panel.placeholder', null,
    h('h1', null, 'Stories'),
    h('p', null, 'Coming with stories: story list, timeline chart, key figures, chronology and actors.'),
    h('p.muted', null, 'Until then, read single articles with their provenance, or search across all articles.'),
    h('p', null, h('a.button', {href: '/'}, 'Browse articles'), ' ', h('a.button', {href: '/search'}, 'Search')));
}
