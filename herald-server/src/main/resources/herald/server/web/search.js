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

/** The words of a query worth marking in a passage (three letters or more). */
function terms(q) {
  return [...new Set(q.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) || [])];
}

/** The passage as text nodes, with the query's words (and words starting with them) in <mark>. */
function marked(text, words) {
  if (!words.length) return text;
  const escaped = words.map(w => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp('(' + escaped.join('|') + ')[\\p{L}]*', 'giu');
  const out = [];
  let at = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > at) out.push(text.slice(at, m.index));
    out.push(h('mark', {class: 'hit-word'}, m[0]));
    at = m.index + m[0].length;
  }
  out.push(text.slice(at));
  return out;
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
  const total = answer.total || hits.length;
  status(box, 'info', total + (total === 1 ? ' passage matches ' : ' passages match ') + q
    + (total > hits.length ? ' (the best ' + hits.length + ' shown).' : '.'));
  const words = terms(q);
  replace(list, hits.map(hit => h('li', {class: 'hit'},
    h('span', {class: 'item-head'},
      h('span', {class: 'badge'}, hit.kind || 'article'),
      hit.speaker ? h('strong', {class: 'speaker-name'}, hit.speaker.name + (hit.speaker.code ? ' (' + hit.speaker.code + ')' : '')) : null),
    h('span', {class: 'item-text'}, marked(shorten(hit.passage || '', 360), words)),
    h('span', {class: 'item-foot'}, 'in ',
      hit.document ? h('button', {type: 'button', class: 'link', onclick: () => ctx.openDocument(hit.document.id)},
        hit.document.title || hit.document.id) : 'an article',
      hit.day ? ' · ' + hit.day : ''))));
}
