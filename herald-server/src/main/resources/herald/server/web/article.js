// The annotated article: the body with its quotes, event evidence and actor mentions marked, and the lists of
// quotes, events and actors beside it. Marks nest (quote > event > actor > speaker); a span that crosses an outer
// mark's edge is cut there, so the text is always the body's own characters, in order, once.
import {$, h, replace, partyLabel, shorten} from './dom.js';
import {tip} from './tooltip.js';
import {quadClassOf} from './quadclass.js';

/** Draws an Analysis record (docs/schema.md) into the article view. */
export function showAnalysis(a) {
  const art = a.article || {};
  replace($('article-title'), art.title || 'Untitled page');
  replace($('article-meta'), meta(a));
  const body = art.body || '';
  const layers = buildLayers(a, body);
  const container = $('article-body');
  container.replaceChildren();
  for (const [start, end] of paragraphs(body)) {
    const p = h('p');
    fill(p, body, start, end, layers, 0);
    container.append(p);
  }
  if (!body) container.append(h('p', {class: 'empty'}, 'Herald found no article text in this page.'));
  listQuotes(a.quotes || []);
  listEvents(a.events || []);
  listActors(a.actors || []);
  $('article-result').hidden = false;
}

function meta(a) {
  const art = a.article || {};
  const parts = [];
  if (art.authors && art.authors.length) parts.push('By ' + art.authors.join(', '));
  if (art.published) parts.push(art.published);
  parts.push((a.quotes || []).length + ' quotes, ' + (a.events || []).length + ' events, ' + (a.actors || []).length + ' actors');
  const errors = (a.errors || []).map(e => h('span', {class: 'warn'}, e.stage + ': ' + e.message));
  return [parts.join(' · '), errors.length ? h('br') : null, errors];
}

/** [start, end) of each paragraph (the body separates them with a blank line). */
function paragraphs(body) {
  const out = [];
  const re = /\n\s*\n/g;
  let start = 0, m;
  while ((m = re.exec(body)) !== null) {
    if (m.index > start) out.push([start, m.index]);
    start = m.index + m[0].length;
  }
  if (start < body.length) out.push([start, body.length]);
  return out;
}

function within(body, x) {
  return x && Number.isInteger(x.start) && Number.isInteger(x.end) && x.start >= 0 && x.end <= body.length && x.start < x.end;
}

function buildLayers(a, body) {
  const actorsById = new Map((a.actors || []).map(x => [x.id, x]));
  const quotes = [];
  for (const q of a.quotes || [])
    for (const part of q.parts && q.parts.length ? q.parts : [q])
      if (within(body, part)) quotes.push({start: part.start, end: part.end, mark: () => quoteMark(q, actorsById)});
  const events = mergeOverlaps((a.events || []).filter(e => within(body, e.evidence))
    .map(e => ({start: e.evidence.start, end: e.evidence.end, items: [e]})))
    .map(g => ({start: g.start, end: g.end, mark: () => eventMark(g.items)}));
  const actors = [];
  for (const x of a.actors || [])
    for (const m of x.mentions || [])
      if (within(body, m)) actors.push({start: m.start, end: m.end, mark: () => actorMark(x)});
  const speakers = [];
  for (const q of a.quotes || [])
    if (q.speaker && within(body, q.speaker)) speakers.push({start: q.speaker.start, end: q.speaker.end, mark: () => speakerMark(q)});
  return [quotes, events, actors, speakers].map(l => l.sort((x, y) => x.start - y.start || y.end - x.end));
}

/** Overlapping event evidence becomes one mark carrying every event in it. */
function mergeOverlaps(spans) {
  spans.sort((x, y) => x.start - y.start);
  const out = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) {
      last.end = Math.max(last.end, s.end);
      last.items.push(...s.items);
    } else out.push({start: s.start, end: s.end, items: [...s.items]});
  }
  return out;
}

/** Appends body[start, end) to parent, wrapping the spans of layers[level] (and deeper ones inside them). */
function fill(parent, body, start, end, layers, level) {
  if (level === layers.length) {
    parent.append(document.createTextNode(body.slice(start, end)));
    return;
  }
  let pos = start;
  for (const span of layers[level]) {
    if (span.end <= start) continue;
    if (span.start >= end) break;
    const s = Math.max(span.start, pos), e = Math.min(span.end, end);
    if (e <= s) continue;
    if (s > pos) fill(parent, body, pos, s, layers, level + 1);
    const el = span.mark();
    fill(el, body, s, e, layers, level + 1);
    parent.append(el);
    pos = e;
  }
  if (pos < end) fill(parent, body, pos, end, layers, level + 1);
}

function speakerOf(q) {
  return q.speaker ? partyLabel(q.speaker) : 'speaker not resolved';
}

function quoteTip(q) {
  return [
    h('strong', null, speakerOf(q)),
    h('span', {class: 'tip-line'}, q.cue ? 'cue: “' + q.cue + '”' : 'no speech cue'),
    h('span', {class: 'tip-line muted'}, q.kind + ' quote · rule ' + q.rule),
  ];
}

function quoteMark(q) {
  const el = h('mark', {class: 'q q-' + q.kind, tabindex: 0, 'data-quote': q.id, 'aria-describedby': 'tip'});
  tip(el, () => quoteTip(q));
  return el;
}

function eventLine(e) {
  return partyLabel(e.source) + ' → ' + (e.target ? partyLabel(e.target) : 'no target');
}

function eventTip(items) {
  return items.map(e => h('span', {class: 'tip-block'},
    h('strong', null, (e.plover || 'CAMEO ' + e.cameo) + (e.mode ? ' (' + e.mode + ')' : '')),
    h('span', {class: 'tip-line'}, eventLine(e)),
    h('span', {class: 'tip-line muted'}, 'CAMEO ' + e.cameo + ' · confidence ' + Number(e.confidence).toFixed(2))));
}

function eventMark(items) {
  const qc = quadClassOf(items[0].root);
  const el = h('span', {class: 'ev ev-qc' + qc, tabindex: 0, 'data-event': items.map(e => e.id).join(' '), 'aria-describedby': 'tip'});
  tip(el, () => eventTip(items));
  return el;
}

function actorTip(x) {
  return [
    h('strong', null, x.name),
    h('span', {class: 'tip-line'}, [x.code || 'no code', x.role].filter(Boolean).join(' · ')),
    h('span', {class: 'tip-line muted'}, x.kind + ' · ' + plural((x.mentions || []).length, 'mention')),
  ];
}

function actorMark(x) {
  const el = h('span', {class: 'ac ac-' + x.kind, 'data-actor': x.id});
  tip(el, () => actorTip(x));
  return el;
}

function plural(n, word) {
  return n + ' ' + word + (n === 1 ? '' : 's');
}

function speakerMark(q) {
  return h('span', {class: 'speaker', 'data-speaker-of': q.id});
}

function focusMark(selector) {
  const el = $('article-body').querySelector(selector);
  if (!el) return;
  el.scrollIntoView({block: 'center', behavior: 'smooth'});
  el.focus({preventScroll: true});
  for (const other of document.querySelectorAll('.flash')) other.classList.remove('flash');
  el.classList.add('flash');
}

function listQuotes(quotes) {
  replace($('quote-count'), String(quotes.length));
  const list = $('quote-list');
  if (!quotes.length) return replace(list, h('li', {class: 'empty'}, 'No quotes found.'));
  replace(list, quotes.map(q => h('li', null, h('button', {type: 'button', class: 'item', 'data-quote': q.id,
      onclick: () => focusMark('[data-quote="' + CSS.escape(q.id) + '"]')},
    h('span', {class: 'item-head'}, h('strong', {class: 'speaker-name'}, speakerOf(q)),
      h('span', {class: 'badge badge-' + q.kind}, q.kind)),
    h('span', {class: 'item-text'}, '“' + shorten(q.text, 220) + '”'),
    q.cue ? h('span', {class: 'item-foot'}, 'cue: ' + q.cue) : null))));
}

function listEvents(events) {
  replace($('event-count'), String(events.length));
  const list = $('event-list');
  if (!events.length) return replace(list, h('li', {class: 'empty'}, 'No events found.'));
  replace(list, events.map(e => h('li', null, h('button', {type: 'button', class: 'item', 'data-event': e.id,
      onclick: () => focusMark('[data-event~="' + CSS.escape(e.id) + '"]')},
    h('span', {class: 'item-head'}, h('strong', null, eventLine(e)),
      h('span', {class: 'badge ev-badge-qc' + quadClassOf(e.root)}, e.plover || e.cameo)),
    h('span', {class: 'item-text'}, shorten(e.evidence ? e.evidence.text : '', 200)),
    h('span', {class: 'item-foot'}, 'CAMEO ' + e.cameo + (e.mode ? ' · ' + e.mode : ''))))));
}

function listActors(actors) {
  replace($('actor-count'), String(actors.length));
  const list = $('actor-list');
  if (!actors.length) return replace(list, h('li', {class: 'empty'}, 'No actors found.'));
  const sorted = [...actors].sort((x, y) => (y.mentions || []).length - (x.mentions || []).length);
  replace(list, sorted.map(x => h('li', {class: 'actor-row'},
    h('span', {class: 'dot ac-dot-' + x.kind, 'aria-hidden': 'true'}),
    h('span', {class: 'actor-name'}, x.name),
    h('code', null, x.code || '—'),
    h('span', {class: 'muted'}, '×' + (x.mentions || []).length))));
}
