// Builds DOM nodes. Everything that comes from a page (names, quotes, titles, evidence) goes in as a text node or an
// attribute value, never as markup: no string is ever parsed as HTML, and no attribute that can carry a URL or a
// script can be set.

const ATTRIBUTES = new Set(['id', 'type', 'role', 'tabindex', 'title', 'for', 'name', 'value', 'colspan', 'scope',
  'datetime', 'lang', 'list', 'placeholder']);

/** h('li', {class: 'x', onclick: f}, 'text', child...) */
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key === 'hidden') el.hidden = true;
    else if (key === 'disabled') el.disabled = true;
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (ATTRIBUTES.has(key) || key.startsWith('aria-') || key.startsWith('data-')) el.setAttribute(key, String(value));
    else throw new Error('attribute not allowed: ' + key);
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** Removes every child of el and puts children in their place. */
export function replace(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

export function $(id) {
  return document.getElementById(id);
}

/** A status line: kind is 'loading', 'empty', 'error' or 'info'. */
export function status(el, kind, ...message) {
  el.className = 'status status-' + kind;
  if (kind === 'error') el.setAttribute('role', 'alert'); else el.setAttribute('role', 'status');
  replace(el, kind === 'loading' ? h('span', {class: 'spinner', 'aria-hidden': 'true'}) : null, ...message);
}

export function clearStatus(el) {
  el.className = 'status';
  el.replaceChildren();
}

/** "United States (USA)", or the code alone, or the name alone. */
export function partyLabel(party) {
  if (!party) return 'someone';
  if (party.name && party.code) return party.name + ' (' + party.code + ')';
  return party.name || party.code || 'someone';
}

export function shorten(text, max) {
  return text.length <= max ? text : text.slice(0, max - 1).trimEnd() + '…';
}
