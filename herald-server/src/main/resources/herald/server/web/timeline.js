// The timeline (ECharts): events per day, week or month for one actor, or for one dyad. Its tooltips render as
// canvas text (richText), so no page string ever becomes markup.
import {$, h, replace, status, clearStatus} from './dom.js';
import {getJson} from './api.js';
import {QUAD_CLASSES} from './quadclass.js';

let ctx = null;
let chart = null;

export function initTimeline(context) {
  ctx = context;
  $('timeline-form').addEventListener('submit', e => {
    e.preventDefault();
    draw();
  });
  window.addEventListener('resize', () => { if (chart) chart.resize(); });
}

export function showTimeline() {
  if (chart) chart.resize();
  else if (!$('timeline-actor').value) status($('timeline-status'), 'empty', ctx.store()
    ? 'Choose an actor code (USA, RUS, PRK …), and optionally a second one for a dyad, then press Show.'
    : 'The timeline counts the events of the store: start Herald with a store, or tick “Add to the store” when you analyse.');
}

function code(id) {
  return $(id).value.trim().toUpperCase();
}

/**
 * [period, events, [quad1..quad4]] per period, oldest first: the store's dyad rows for the actor (on either side) or
 * for the dyad, added up.
 */
async function counts(actor, target, by) {
  const params = target ? {source: actor, target} : {actor};
  const perPeriod = new Map();
  for (let page = 1; page <= 20; page++) {
    const answer = await getJson('/api/dyads', {...params, by, level: 'code', limit: 1000, page});
    for (const d of answer.dyads || []) {
      const p = perPeriod.get(d.period) || [d.period, 0, [0, 0, 0, 0]];
      p[1] += d.events;
      for (let q = 1; q <= 4; q++) p[2][q - 1] += (d.quadClass && d.quadClass[q]) || 0;
      perPeriod.set(d.period, p);
    }
    if (!answer.more) break;
  }
  return [...perPeriod.values()].sort((x, y) => x[0].localeCompare(y[0]));
}

const DAY_MS = 86_400_000;

/** Opens the timeline of a dyad (from the network). */
export function showDyad(source, target) {
  $('timeline-actor').value = source;
  $('timeline-target').value = target || '';
  return draw();
}

export async function draw() {
  const box = $('timeline-status');
  const actor = code('timeline-actor'), target = code('timeline-target'), by = $('timeline-by').value;
  if (!/^[A-Z]{3,12}$/.test(actor) || (target && !/^[A-Z]{3,12}$/.test(target))) {
    status(box, 'error', 'Actor codes are three to twelve letters, such as USA or RUSGOV.');
    return;
  }
  status(box, 'loading', 'Counting events…');
  let points;
  try {
    points = await counts(actor, target, by);
  } catch (e) {
    status(box, 'error', e.message);
    return;
  }
  replace($('timeline-title'), (target ? actor + ' → ' + target : 'Events of ' + actor) + ', per ' + by);
  if (!points.length) {
    if (chart) { chart.dispose(); chart = null; }
    status(box, 'empty', 'No stored events for ' + (target ? actor + ' → ' + target : actor) + '.');
    return;
  }
  clearStatus(box);
  if (!chart) chart = echarts.init($('timeline-chart'), null, {renderer: 'canvas'});
  const first = Date.parse(points[0][0]), last = Date.parse(points[points.length - 1][0]);
  const pad = {day: 1, week: 7, month: 31}[by] * DAY_MS;
  chart.setOption({
    animation: false,
    grid: {left: 44, right: 20, top: 48, bottom: 36},
    legend: {top: 4, left: 0, itemWidth: 14, itemHeight: 10, textStyle: {color: '#5d6673'}},
    tooltip: {trigger: 'axis', renderMode: 'richText'},
    xAxis: {type: 'time', min: first - pad, max: last + pad},
    yAxis: {type: 'value', minInterval: 1, name: 'events', nameTextStyle: {align: 'right'}},
    // One bar per period, stacked by QuadClass, so the dyad's tone shows as well as its volume.
    series: QUAD_CLASSES.map((q, i) => ({type: 'bar', name: q.label, stack: 'events', barMaxWidth: 26,
      itemStyle: {color: q.colour}, data: points.map(p => [p[0], p[2][i]])})),
  }, true);
  replace($('timeline-table'), h('caption', null, 'Events per ' + by),
    points.map(([d, n]) => h('tr', null, h('th', {scope: 'row'}, d), h('td', null, String(n)))));
}
