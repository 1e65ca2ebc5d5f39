// The actor network (Cytoscape.js): nodes are actors, grouped by country or organisation; an edge is a dyad's events
// of one class (QuadClass or PLOVER type, the colour), its width the number of events. Selecting an edge, in the
// graph or in the dyad list beside it (the keyboard's way in), lists its events with their evidence and articles.
import {$, h, replace, status, clearStatus, shorten, partyLabel} from './dom.js';
import {getJson} from './api.js';
import {PLOVER_TYPES, quadClassOf, quadColour, quadLabel, ploverColour} from './quadclass.js';

let ctx = null;
let cy = null;
let edges = [];
let dirty = true;

export function initNetwork(context) {
  ctx = context;
  const type = $('network-type');
  for (const t of PLOVER_TYPES) type.append(h('option', {value: t}, t));
  if (!ctx.store()) {
    $('network-source').value = 'article';
    $('network-source').querySelector('option[value="store"]').disabled = true;
  }
  $('network-form').addEventListener('submit', e => {
    e.preventDefault();
    dirty = true;
    showNetwork();
  });
  for (const id of ['network-source', 'network-colour']) $(id).addEventListener('change', () => { dirty = true; showNetwork(); });
}

/** The events behind the network changed (a document stored, another article analysed). */
export function networkChanged(source) {
  if (source === 'store' && $('network-source').value === 'article' && !ctx.analysis()) $('network-source').value = 'store';
  if ($('network-source').value === source) dirty = true;
}

/** Key of a node: the country (first three letters of the code), or the whole code of an organisation. */
export function nodeKey(code) {
  if (!code) return null;
  return /^(IGO|NGO|MNC|IMG)/.test(code) ? code.slice(0, 6) : code.slice(0, 3);
}

function filters() {
  return {since: $('network-since').value, until: $('network-until').value, type: $('network-type').value,
    colour: $('network-colour').value};
}

function classOf(e, colour) {
  return colour === 'plover' ? (e.plover || 'other') : 'quad' + quadClassOf(e.root);
}

function classColour(cls) {
  return cls.startsWith('quad') ? quadColour(Number(cls.slice(4))) : ploverColour(cls);
}

function classLabel(cls) {
  return cls.startsWith('quad') ? quadLabel(Number(cls.slice(4))) : cls;
}

function typeMatches(e, type) {
  return !type || e.plover === type;
}

/** The edges of the article on the page: its events with a coded source and target. */
function articleEdges(f) {
  const a = ctx.analysis();
  if (!a) return {edges: [], names: new Map(), reason: 'Analyse an article first (the Article tab), or choose the store.'};
  const day = a.article && a.article.published;
  if ((f.since && day && day < f.since) || (f.until && day && day > f.until)) return {edges: [], names: new Map(), reason: 'The article is outside those dates.'};
  const names = new Map();
  for (const x of a.actors || []) {
    const k = nodeKey(x.code);
    if (k && (x.kind === 'country' || x.code === k) && !names.has(k)) names.set(k, x.name);
  }
  const byKey = new Map();
  for (const e of a.events || []) {
    const s = nodeKey(e.source && e.source.code), t = nodeKey(e.target && e.target.code);
    if (!s || !t || s === t || !typeMatches(e, f.type)) continue;
    for (const [k, p] of [[s, e.source], [t, e.target]]) if (!names.has(k) && p.name) names.set(k, p.name);
    const cls = classOf(e, f.colour);
    const key = s + '>' + t + '>' + cls;
    if (!byKey.has(key)) byKey.set(key, {source: s, target: t, cls, count: 0, events: []});
    const edge = byKey.get(key);
    edge.count++;
    edge.events.push({event: e, document: {id: a.id, title: a.article && a.article.title, published: day},
      context: sentenceAround(a.article.body || '', e.evidence)});
  }
  return {edges: [...byKey.values()], names, reason: 'This article has no event with both a coded source and target.'};
}

/** The edges of the store: its dyads by country over the whole period (year rows added up), by class. */
async function storeEdges(f) {
  const base = {by: 'year', level: 'country', since: f.since, until: f.until, limit: 1000};
  const byKey = new Map();
  const add = (d, cls, n) => {
    if (!n || d.source === d.target) return;
    const key = d.source + '>' + d.target + '>' + cls;
    if (!byKey.has(key)) byKey.set(key, {source: d.source, target: d.target, cls, count: 0});
    byKey.get(key).count += n;
  };
  if (f.colour === 'plover') {
    // Dyad rows count QuadClasses; PLOVER colours need one question per type.
    const types = f.type ? [f.type] : PLOVER_TYPES;
    const answers = await Promise.all(types.map(t => getJson('/api/dyads', {...base, type: t})));
    answers.forEach((a, i) => { for (const d of a.dyads || []) add(d, types[i], d.events); });
  } else {
    const answer = await getJson('/api/dyads', {...base, type: f.type});
    for (const d of answer.dyads || []) for (const [q, n] of Object.entries(d.quadClass || {})) add(d, 'quad' + q, n);
  }
  const edges = [...byKey.values()];
  const names = await actorNames([...new Set(edges.flatMap(e => [e.source, e.target]))]);
  return {edges, names, reason: 'The store has no events between coded actors for these filters.'};
}

const nameCache = new Map();

/** The name the store knows a code by best (the name of the code itself, else its most mentioned one). */
async function actorNames(codes) {
  await Promise.all(codes.filter(c => !nameCache.has(c)).map(async c => {
    try {
      const a = await getJson('/api/actors/' + encodeURIComponent(c));
      const exact = (a.names || []).find(n => n.code === c);
      nameCache.set(c, exact ? exact.name : (a.names && a.names[0] ? a.names[0].name : c));
    } catch (e) {
      nameCache.set(c, c);
    }
  }));
  return new Map(codes.map(c => [c, nameCache.get(c)]));
}

export async function showNetwork() {
  if (!dirty) {
    if (cy) cy.resize();
    return;
  }
  dirty = false;
  const box = $('network-status');
  const f = filters();
  status(box, 'loading', 'Loading the network…');
  let data;
  try {
    data = $('network-source').value === 'store' ? await storeEdges(f) : articleEdges(f);
  } catch (e) {
    status(box, 'error', e.message);
    return;
  }
  edges = data.edges.sort((x, y) => y.count - x.count || (x.source + x.target).localeCompare(y.source + y.target));
  draw(data.names, f);
  listDyads(data.names);
  $('edge-panel').hidden = true;
  if (!edges.length) status(box, 'empty', data.reason);
  else clearStatus(box);
}

function label(names, key) {
  return names.has(key) ? names.get(key) : key;
}

function draw(names, f) {
  const container = $('network-graph');
  if (cy) cy.destroy();
  cy = null;
  if (!edges.length || typeof cytoscape !== 'function') {
    container.replaceChildren();
    renderLegend([]);
    return;
  }
  const weight = new Map();
  for (const e of edges) for (const k of [e.source, e.target]) weight.set(k, (weight.get(k) || 0) + e.count);
  const maxCount = Math.max(2, ...edges.map(e => e.count));
  const maxWeight = Math.max(2, ...weight.values());
  const keys = [...weight.keys()].sort();
  const elements = [];
  keys.forEach((k, i) => {
    const angle = 2 * Math.PI * i / keys.length;
    elements.push({group: 'nodes', data: {id: 'n-' + k, label: label(names, k) === k ? k : label(names, k) + ' · ' + k, weight: weight.get(k)},
      position: {x: 300 + 220 * Math.cos(angle), y: 220 + 170 * Math.sin(angle)}});
  });
  edges.forEach((e, i) => {
    e.id = 'e' + i;
    elements.push({group: 'edges', data: {id: e.id, source: 'n-' + e.source, target: 'n-' + e.target, count: e.count,
      colour: classColour(e.cls), label: String(e.count)}});
  });
  cy = cytoscape({container, elements, boxSelectionEnabled: false, minZoom: 0.2, maxZoom: 4,
    style: graphStyle(1, maxWeight, maxCount), layout: {name: 'preset'}});
  cy.layout({name: 'cose', randomize: false, animate: false, idealEdgeLength: () => 150, nodeRepulsion: () => 800000,
    nodeOverlap: 40, gravity: 0.2, numIter: 2000, padding: 50, fit: true}).run();
  // The layout's fit decides the zoom; sizes are then set so that labels, nodes and edges look the same on screen
  // whatever the zoom (a small graph would otherwise be drawn huge, a large one unreadably small).
  if (cy.zoom() > 1.3) {
    cy.zoom(1.3);
    cy.center();
  }
  cy.style(graphStyle(1 / cy.zoom(), maxWeight, maxCount));
  cy.on('tap', 'edge', e => selectEdge(e.target.id(), false));
  container.setAttribute('aria-label', 'Actor network: ' + keys.length + ' actors, ' + edges.length + ' edges. The dyad list has the same edges.');
  renderLegend([...new Set(edges.map(e => e.cls))]);
  container.dataset.edges = String(edges.length);
}

/** Cytoscape's style, every size multiplied by k (1 / zoom keeps them constant on screen). */
function graphStyle(k, maxWeight, maxCount) {
  return [
    {selector: 'node', style: {'background-color': '#1f3a5f', 'label': 'data(label)', 'color': '#1d1d1f', 'font-size': 13 * k,
      'text-valign': 'bottom', 'text-margin-y': 4 * k, 'text-wrap': 'wrap', 'text-max-width': 170 * k, 'text-halign': 'center',
      'width': `mapData(weight, 1, ${maxWeight}, ${16 * k}, ${40 * k})`, 'height': `mapData(weight, 1, ${maxWeight}, ${16 * k}, ${40 * k})`,
      'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-background-padding': 2 * k,
      'border-width': 2 * k, 'border-color': '#ffffff'}},
    {selector: 'edge', style: {'width': `mapData(count, 1, ${maxCount}, ${1.5 * k}, ${8 * k})`, 'line-color': 'data(colour)',
      'target-arrow-color': 'data(colour)', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier',
      'control-point-step-size': 30 * k, 'opacity': 0.85, 'arrow-scale': 0.9}},
    {selector: 'edge:selected', style: {'opacity': 1, 'underlay-color': '#f4c542', 'underlay-opacity': 0.7, 'underlay-padding': 5 * k,
      'label': 'data(label)', 'font-size': 12 * k, 'text-background-color': '#ffffff', 'text-background-opacity': 1,
      'text-background-padding': 2 * k}},
    {selector: 'node:selected', style: {'border-color': '#f4c542', 'border-width': 4 * k}},
  ];
}

function renderLegend(classes) {
  const list = $('network-legend');
  replace(list, classes.sort().map(cls => {
    const swatch = h('span', {class: 'swatch', 'aria-hidden': 'true'});
    swatch.style.backgroundColor = classColour(cls);
    return h('li', null, swatch, classLabel(cls));
  }));
}

function listDyads(names) {
  replace($('dyad-count'), String(edges.length));
  const list = $('dyad-list');
  if (!edges.length) return replace(list, h('li', {class: 'empty'}, 'No dyads.'));
  replace(list, edges.map(e => {
    const swatch = h('span', {class: 'swatch', 'aria-hidden': 'true'});
    swatch.style.backgroundColor = classColour(e.cls);
    return h('li', null, h('button', {type: 'button', class: 'item dyad', 'data-edge': e.id, 'data-source': e.source, 'data-target': e.target,
        onclick: () => selectEdge(e.id, true)},
      h('span', {class: 'item-head'}, swatch, h('strong', null, label(names, e.source) + ' → ' + label(names, e.target))),
      h('span', {class: 'item-foot'}, classLabel(e.cls) + ' · ' + e.count + (e.count === 1 ? ' event' : ' events'))));
  }));
  listDyads.names = names;
}

async function selectEdge(id, fromList) {
  const e = edges.find(x => x.id === id);
  if (!e) return;
  if (cy) {
    cy.elements().unselect();
    cy.getElementById(id).select();
  }
  for (const b of document.querySelectorAll('#dyad-list .item')) b.setAttribute('aria-pressed', String(b.dataset.edge === id));
  const names = listDyads.names || new Map();
  const panel = $('edge-panel');
  panel.hidden = false;
  replace($('edge-title'), label(names, e.source) + ' → ' + label(names, e.target) + ': ' + classLabel(e.cls));
  const list = $('edge-events');
  let items = e.events;
  if (!items) {
    replace(list, h('li', {class: 'status status-loading'}, h('span', {class: 'spinner', 'aria-hidden': 'true'}), 'Loading events…'));
    try {
      items = await storeEvents(e);
    } catch (err) {
      replace(list, h('li', {class: 'status status-error', role: 'alert'}, err.message));
      return;
    }
  }
  replace(list, items.length ? items.map(eventItem) : [h('li', {class: 'empty'}, 'No events.')]);
  if (ctx.store() && $('network-source').value === 'store')
    list.append(h('li', null, h('button', {type: 'button', class: 'link', onclick: () => ctx.showTimeline(e.source, e.target)},
      'Show ' + label(names, e.source) + ' → ' + label(names, e.target) + ' over time')));
  if (fromList) panel.scrollIntoView({block: 'nearest'});
}

/** The stored events of an edge, newest first (at most 100), with the titles of their articles. */
async function storeEvents(edge) {
  const f = filters();
  const plover = edge.cls.startsWith('quad') ? null : edge.cls;
  const answer = await getJson('/api/events', {source: edge.source, target: edge.target, since: f.since, until: f.until,
    type: plover || f.type, limit: 100});
  const events = (answer.events || []).filter(e => plover || 'quad' + e.quadClass === edge.cls);
  const titles = await documentTitles([...new Set(events.map(e => e.document && e.document.id).filter(Boolean))].slice(0, 20));
  return events.map(e => ({event: e, evidence: e.evidence,
    document: e.document ? {id: e.document.id, title: titles.get(e.document.id), published: null} : null}));
}

const titleCache = new Map();

async function documentTitles(ids) {
  await Promise.all(ids.filter(id => !titleCache.has(id)).map(async id => {
    try {
      const d = await getJson('/api/documents/' + encodeURIComponent(id));
      titleCache.set(id, d.analysis && d.analysis.article && d.analysis.article.title);
    } catch (e) {
      titleCache.set(id, null);
    }
  }));
  return new Map(ids.map(id => [id, titleCache.get(id)]));
}

/** The day an event happened: the store's, or the analysis's date record. */
function eventDay(e) {
  return e.day || (e.date && e.date.day) || null;
}

/** The sentence around an evidence span, as [before, evidence, after] (at most about 300 characters in all). */
export function sentenceAround(body, evidence) {
  if (!evidence || !(evidence.end <= body.length)) return null;
  let start = Math.max(0, evidence.start - 160), end = Math.min(body.length, evidence.end + 160);
  const before = body.slice(start, evidence.start), after = body.slice(evidence.end, end);
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
  const stop = after.search(/[.!?](\s|$)|\n/);
  return [cut >= 0 ? before.slice(cut + 1).trimStart() : '…' + before.trimStart(), body.slice(evidence.start, evidence.end),
    stop >= 0 ? after.slice(0, stop + 1) : after.trimEnd() + '…'];
}

function eventItem(item) {
  const e = item.event;
  const evidence = item.evidence || (e.evidence && e.evidence.text) || '';
  const doc = item.document;
  const text = item.context
    ? h('span', {class: 'item-text'}, item.context[0], h('strong', {class: 'evidence'}, item.context[1]), item.context[2])
    : h('span', {class: 'item-text'}, '“' + shorten(evidence, 260) + '”');
  return h('li', {class: 'event-item'},
    h('span', {class: 'item-head'}, h('strong', null, (e.plover || 'CAMEO ' + e.cameo)),
      h('span', {class: 'badge ev-badge-qc' + quadClassOf(e.root)}, 'CAMEO ' + e.cameo),
      h('span', {class: 'muted'}, partyLabel(e.source) + ' → ' + partyLabel(e.target)),
      eventDay(e) ? h('time', {datetime: eventDay(e)}, eventDay(e)) : null,
      e.mentions > 1 ? h('span', {class: 'muted'}, e.mentions + ' reports') : null),
    text,
    doc ? h('span', {class: 'item-foot'}, 'in ', doc.id && ctx.store()
      ? h('button', {type: 'button', class: 'link', onclick: () => ctx.openDocument(doc.id)}, doc.title || doc.id)
      : h('cite', null, doc.title || doc.id || 'this article'), doc.published ? ' · ' + doc.published : '') : null);
}
