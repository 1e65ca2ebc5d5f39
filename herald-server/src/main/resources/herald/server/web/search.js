// Search over the stored articles and quotes: each hit shows its passage, its speaker for a quote, and its article.
import {$, h, replace, status, clearStatus, shorten} from './dom.js';
import {getJson} from './api.js';

let ctx = null;

export function initSearch(context) {
  ctx = context;
  $('search-form').addEventListener('submit', e => {
    e.preventDefault();
    search();
  });
  status($('search-status'), 'empty', ctx.store()
    ? 'Search the stored articles and quotes: words, or a "phrase in quotes".'
    : 'Search needs a store: start Herald with --store, or tick “Add to the store” when you analyse.');
}

async function search() {
  const q = $('search-input').value.trim();
  const box = $('search-status');
  const list = $('search-results');
  if (!q) {
    status(box, 'empty', 'Type some words to search for.');
    return;
  }
  status(box, 'loading', 'Searching…');
  list.replaceChildren();
  let answer;
  try {
    answer = await getJson('/api/search', {q});
  } catch (e) {
    status(box, 'error', e.message);
    return;
  }
  const hits = answer.hits || [];
  if (!hits.length) {
    status(box, 'empty', 'Nothing matches “' + q + '”.');
    return;
  }
  status(box, 'info', hits.length + (hits.length === 1 ? ' hit' : ' hits') + ' for “' + q + '”.');
  replace(list, hits.map(hit => h('li', {class: 'hit'},
    h('span', {class: 'item-head'},
      h('span', {class: 'badge'}, hit.kind || 'article'),
      hit.speaker ? h('strong', null, hit.speaker) : null),
    h('span', {class: 'item-text'}, shorten(hit.passage || hit.text || '', 320)),
    h('span', {class: 'item-foot'}, 'in ',
      hit.document ? h('button', {type: 'button', class: 'link', onclick: () => ctx.openDocument(hit.document.id)},
        hit.document.title || hit.document.id) : 'an article',
      hit.document && hit.document.published ? ' · ' + hit.document.published : ''))));
}
