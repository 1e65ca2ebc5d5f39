// One tooltip for the whole page, shown on hover and on keyboard focus alike, hidden on Escape. An element gets
// one with tip(el, () => nodes); the nodes are built with h() like everything else.
import {$, replace} from './dom.js';

const builders = new WeakMap();
let shownFor = null;

export function tip(el, build) {
  builders.set(el, build);
}

function owner(node) {
  for (let n = node; n && n !== document; n = n.parentNode) if (builders.has(n)) return n;
  return null;
}

function show(el) {
  const box = $('tip');
  if (shownFor !== el) {
    replace(box, builders.get(el)());
    shownFor = el;
  }
  box.hidden = false;
  const r = el.getBoundingClientRect();
  const width = Math.min(box.offsetWidth, window.innerWidth - 16);
  const left = Math.max(8, Math.min(r.left, window.innerWidth - width - 8));
  const below = r.bottom + 8;
  const top = below + box.offsetHeight > window.innerHeight && r.top > box.offsetHeight + 8 ? r.top - box.offsetHeight - 8 : below;
  box.style.left = (left + window.scrollX) + 'px';
  box.style.top = (top + window.scrollY) + 'px';
}

function hide() {
  $('tip').hidden = true;
  shownFor = null;
}

export function installTooltips() {
  document.addEventListener('mouseover', e => {
    const el = owner(e.target);
    if (el) show(el); else if (shownFor && document.activeElement !== shownFor) hide();
  });
  document.addEventListener('focusin', e => {
    const el = owner(e.target);
    if (el) show(el); else hide();
  });
  document.addEventListener('focusout', e => {
    if (owner(e.target) === shownFor) hide();
  });
  document.addEventListener('keydown', e => {
    if (e.key === 'Escape') hide();
  });
  window.addEventListener('resize', hide);
}
