// Herald's web page: tabs, the paste/upload form, and the wiring of the four views.
import {$, status, clearStatus} from './dom.js';
import {getJson, postJson} from './api.js';
import {installTooltips} from './tooltip.js';
import {showAnalysis} from './article.js';
import {initNetwork, showNetwork, networkChanged} from './network.js';
import {initTimeline, showTimeline, showDyad} from './timeline.js';
import {initSearch} from './search.js';

const MAX_UPLOAD_BYTES = 2_000_000;
const state = {analysis: null, store: false, fileName: null};

const TABS = ['article', 'network', 'timeline', 'search'];

function selectTab(name, focus) {
  for (const t of TABS) {
    const tab = $('tab-' + t), view = $('view-' + t), on = t === name;
    tab.setAttribute('aria-selected', String(on));
    tab.tabIndex = on ? 0 : -1;
    view.hidden = !on;
    if (on && focus) tab.focus();
  }
  if (name === 'network') showNetwork();
  if (name === 'timeline') showTimeline();
}

function installTabs() {
  TABS.forEach((t, i) => {
    const tab = $('tab-' + t);
    tab.addEventListener('click', () => selectTab(t, false));
    tab.addEventListener('keydown', e => {
      const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
      if (step) {
        e.preventDefault();
        selectTab(TABS[(i + step + TABS.length) % TABS.length], true);
      } else if (e.key === 'Home' || e.key === 'End') {
        e.preventDefault();
        selectTab(TABS[e.key === 'Home' ? 0 : TABS.length - 1], true);
      }
    });
  });
}

/** text or html: what the user chose, else what the pasted text looks like. */
function formatOf(text) {
  const chosen = $('page-format').value;
  if (chosen === 'text' || chosen === 'html') return chosen;
  return /<(html|head|body|article|main|div|p|h1|h2|meta|title)[\s>]/i.test(text) ? 'html' : 'text';
}

function idFromFileName(name) {
  const base = name.replace(/\.(html?|txt)$/i, '').slice(0, 200);
  return base || 'page';
}

/**
 * The id of a pasted page: its first line as a slug and a digest of the text, so two pasted articles never replace
 * each other in the store, and the same text pasted again is recognised as unchanged.
 */
async function pastedId(text) {
  const first = (text.split('\n').map(l => l.trim()).find(l => l.split(/\s+/).length > 3) || 'pasted');
  const slug = first.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'pasted';
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return slug + '-' + [...digest.slice(0, 4)].map(b => b.toString(16).padStart(2, '0')).join('');
}

async function analyze(event) {
  event.preventDefault();
  const box = $('article-status');
  const text = $('page-input').value;
  if (!text.trim()) {
    status(box, 'empty', 'Paste a page into the box, or choose a file, then press Analyse.');
    $('page-input').focus();
    return;
  }
  const body = {id: state.fileName ? idFromFileName(state.fileName) : await pastedId(text), published: $('page-published').value || undefined};
  body[formatOf(text)] = text;
  const store = $('page-store').checked;
  const button = $('analyze-button');
  button.disabled = true;
  $('article-result').setAttribute('aria-busy', 'true');
  status(box, 'loading', store ? 'Analysing and storing… (about a second per article)' : 'Analysing… (about a second per article)');
  try {
    const answer = await postJson(store ? '/api/documents' : '/api/analyze', body);
    const analysis = store ? answer.analysis : answer;
    state.analysis = analysis;
    showAnalysis(analysis);
    if (store) {
      storeChanged();
      status(box, 'info', {new: 'Added to the store', replaced: 'Replaced in the store', unchanged: 'Already in the store, unchanged'}[answer.status]
        + ' as “' + answer.id + '”. The network, timeline and search include it.');
    } else clearStatus(box);
    articleChanged();
  } catch (e) {
    status(box, 'error', e.message);
  } finally {
    button.disabled = false;
    $('article-result').removeAttribute('aria-busy');
  }
}

async function readFile() {
  const file = $('page-file').files[0];
  if (!file) return;
  const box = $('article-status');
  if (file.size > MAX_UPLOAD_BYTES) {
    status(box, 'error', 'That file is over 2 MB; Herald takes pages up to 2 MB.');
    return;
  }
  $('page-input').value = await file.text();
  state.fileName = file.name;
  if (/\.html?$/i.test(file.name)) $('page-format').value = 'html';
  else if (/\.txt$/i.test(file.name)) $('page-format').value = 'text';
  status(box, 'info', 'Read ' + file.name + '. Press Analyse.');
}

/** The store has a new document: it can be read now, and the network is stale. */
function storeChanged() {
  if (!state.store) {
    state.store = true;
    $('page-store').disabled = false;
    $('network-source').querySelector('option[value="store"]').disabled = false;
  }
  networkChanged('store');
}

function articleChanged() {
  networkChanged('article');
}

/** Opens a stored document in the article view (from the network, the timeline or search). */
export async function openDocument(id) {
  selectTab('article', false);
  const box = $('article-status');
  status(box, 'loading', 'Opening the stored article…');
  try {
    const answer = await getJson('/api/documents/' + encodeURIComponent(id));
    state.analysis = answer.analysis;
    showAnalysis(answer.analysis);
    articleChanged();
    clearStatus(box);
    $('article-title').scrollIntoView({block: 'start'});
  } catch (e) {
    status(box, 'error', e.message);
  }
}

async function start() {
  installTooltips();
  installTabs();
  $('analyze-form').addEventListener('submit', analyze);
  $('page-file').addEventListener('change', readFile);
  $('page-input').addEventListener('input', () => { state.fileName = null; });
  status($('article-status'), 'empty', 'Nothing analysed yet. Paste a news page above, or upload one, and press Analyse: '
    + 'Herald marks who is quoted, who did what to whom, and every actor it recognises.');
  let s = null;
  try {
    s = await getJson('/api/status');
    state.store = Boolean(s.store && s.store.available);
  } catch (e) {
    state.store = false;
  }
  if (!state.store && s && s.store && !s.store.path) {
    $('page-store').disabled = true;
    $('page-store').closest('label').title = 'This server has no store';
  }
  const showTimelineOf = (source, target) => {
    selectTab('timeline', false);
    return showDyad(source, target);
  };
  const context = {analysis: () => state.analysis, store: () => state.store, openDocument, showTimeline: showTimelineOf};
  initNetwork(context);
  initTimeline(context);
  initSearch(context);
}

start();
