// Herald's web page: tabs, the paste/upload form, and the wiring of the four views.
import {$, status, clearStatus} from './dom.js';
import {getJson, postJson} from './api.js';
import {installTooltips} from './tooltip.js';
import {showAnalysis} from './article.js';
import {initNetwork, showNetwork} from './network.js';
import {initTimeline, showTimeline} from './timeline.js';
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

async function analyze(event) {
  event.preventDefault();
  const box = $('article-status');
  const text = $('page-input').value;
  if (!text.trim()) {
    status(box, 'empty', 'Paste a page into the box, or choose a file, then press Analyse.');
    $('page-input').focus();
    return;
  }
  const body = {id: state.fileName ? idFromFileName(state.fileName) : 'pasted', published: $('page-published').value || undefined};
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
    if (store) status(box, 'info', 'Stored as “' + answer.id + '” (' + answer.status + ').');
    else clearStatus(box);
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

/** Opens a stored document in the article view (from the network, the timeline or search). */
export async function openDocument(id) {
  selectTab('article', false);
  const box = $('article-status');
  status(box, 'loading', 'Opening the stored article…');
  try {
    const a = await getJson('/api/documents/' + encodeURIComponent(id));
    state.analysis = a;
    showAnalysis(a);
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
  try {
    const s = await getJson('/api/status');
    state.store = Boolean(s.store && s.store.available);
  } catch (e) {
    state.store = false;
  }
  if (!state.store) {
    $('page-store').disabled = true;
    $('page-store').closest('label').title = 'No store: start Herald with --store, or run herald ingest first';
  }
  const context = {analysis: () => state.analysis, store: () => state.store, openDocument};
  initNetwork(context);
  initTimeline(context);
  initSearch(context);
}

start();
