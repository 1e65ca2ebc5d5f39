// The timeline (ECharts): events per day, week or month for one actor, or for one dyad. Its tooltips render as
// canvas text (richText), so no page string ever becomes markup.
import {$, h, replace, status, clearStatus} from './dom.js';
import {getJson} from './api.js';

let ctx = null;
let chart = null;

export function initTimeline(context) {
  ctx = context;
  $('timeline-form').addEventListener('submit', e => {
    e.preventDefault();
    draw();
  });
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

export async function draw() {
  const box = $('timeline-status');
  const actor = code('timeline-actor'), target = code('timeline-target'), by = $('timeline-by').value;
  if (!/^[A-Z]{3,12}$/.test(actor) || (target && !/^[A-Z]{3,12}$/.test(target))) {
    status(box, 'error', 'Actor codes are three to twelve letters, such as USA or RUSGOV.');
    return;
  }
  status(box, 'loading', 'Counting events…');
  let answer;
  try {
    answer = await getJson('/api/timeline', {actor, target, by});
  } catch (e) {
    status(box, 'error', e.message);
    return;
  }
  const points = (answer.points || []).map(p => [p.period, p.count]);
  replace($('timeline-title'), (target ? actor + ' → ' + target : 'Events of ' + actor) + ', per ' + by);
  if (!points.length) {
    if (chart) { chart.dispose(); chart = null; }
    status(box, 'empty', 'No stored events for ' + (target ? actor + ' → ' + target : actor) + '.');
    return;
  }
  clearStatus(box);
  if (!chart) chart = echarts.init($('timeline-chart'), null, {renderer: 'canvas'});
  chart.setOption({
    animation: false,
    grid: {left: 40, right: 16, top: 16, bottom: 40},
    tooltip: {trigger: 'axis', renderMode: 'richText'},
    xAxis: {type: 'time'},
    yAxis: {type: 'value', minInterval: 1, name: 'events'},
    series: [{type: 'bar', name: 'events', data: points, itemStyle: {color: '#1f3a5f'}, barMaxWidth: 28}],
  }, true);
  replace($('timeline-table'), h('caption', null, 'Events per ' + by),
    points.map(([d, n]) => h('tr', null, h('th', {scope: 'row'}, d), h('td', null, String(n)))));
}
