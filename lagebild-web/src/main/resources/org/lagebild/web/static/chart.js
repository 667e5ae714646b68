// The story timeline chart (ECharts, served from its WebJar at /static/vendor/echarts.min.js).
// Upper lane: figures over event time, a point per event at the middle of its time span, a vertical
// bar for its min–max range and a dashed horizontal bar for the span itself ("2024" covers the year).
// Lower lane: events without a figure. Marker shape = modality. Hover lists the sources; a click
// opens the evidence sentence in its article. Tooltips are DOM nodes built with textContent, never
// HTML strings. After drawing, the container carries data-points / data-figures / data-events
// (points drawn inside the plot) so that tests and scripts can check the chart without reading pixels.
import {h, articleLink} from './dom.js';

export const SHAPES = {
  asserted: 'circle', confirmed: 'circle', reported: 'rect', announced: 'roundRect', planned: 'roundRect',
  proposed: 'roundRect', estimated: 'diamond', alleged: 'triangle', not_confirmed: 'triangle', question: 'triangle',
  denied: 'pin',
};
export const SYMBOLS = {circle: '●', rect: '■', roundRect: '▢', diamond: '◆', triangle: '▲', pin: '⬇'};
const COLORS = {
  circle: '#15803d', rect: '#1d4ed8', roundRect: '#6d28d9', diamond: '#b45309', triangle: '#d97706', pin: '#b91c1c',
};
const DAY = 86400000;

let loading = null;

/** Loads ECharts once, as a classic script from our own origin (allowed by the CSP's script-src 'self'). */
export function loadECharts() {
  if (window.echarts) return Promise.resolve(window.echarts);
  if (!loading) {
    loading = new Promise((resolve, reject) => {
      const s = document.createElement('script');
      s.src = '/static/vendor/echarts.min.js';
      s.onload = () => resolve(window.echarts);
      s.onerror = () => { loading = null; reject(new Error('the chart library could not be loaded')); };
      document.head.append(s);
    });
  }
  return loading;
}

export function shapeOf(modality) {
  return SHAPES[modality] || 'emptyCircle';
}

/** Where a click on an event leads: the first evidence sentence in its article. */
export function evidenceLink(ev) {
  return ev.article ? articleLink(ev.article) + '#claim-' + encodeURIComponent(ev.claim) : null;
}

function ms(day) {
  return Date.parse(day + 'T00:00:00Z');
}

/** Chart points from the timeline's events: figures (value > 0) and events without a figure. */
export function points(events) {
  const figures = [];
  const plain = [];
  for (const ev of events) {
    if (!ev.start || !ev.end) continue;
    const start = ms(ev.start);
    const end = ms(ev.end) + DAY;
    const x = start + (end - start) / 2;
    const shape = shapeOf(ev.modality);
    const first = (ev.evidence || [])[0] || null;
    const item = {
      value: null, symbol: shape, symbolSize: 13, itemStyle: {color: COLORS[shape] || '#475467'},
      ev, start, end, href: first ? evidenceLink(first) : null,
    };
    // a range without one stated value sits at its conservative figure (as the key-figures table reports it)
    const v = [ev.value, ev.conservative, ev.min, ev.max].find(x => x != null);
    if (v != null && v > 0) {
      figures.push({...item, value: [x, v], lo: ev.min != null && ev.min > 0 ? ev.min : v, hi: ev.max != null ? ev.max : v});
    } else {
      plain.push({...item, value: [x, 0]});
    }
  }
  dodge(figures);
  dodge(plain);
  return {figures, plain};
}

/**
 * Points at the same time with the same figure (two facts stating 10,000 for 2024) would hide each
 * other; they are spread sideways by a few days so that each can be hovered and clicked. Their
 * span bars still show the true time span.
 */
function dodge(items) {
  const groups = new Map();
  for (const p of items) {
    const key = p.value[0] + '|' + p.value[1];
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(p);
  }
  const xs = items.map(p => p.value[0]);
  const step = Math.max(4 * DAY, (Math.max(...xs) - Math.min(...xs)) * 0.012);
  for (const g of groups.values()) {
    g.forEach((p, i) => { p.value = [p.value[0] + (i - (g.length - 1) / 2) * step, p.value[1]]; });
  }
}

function tooltip(p) {
  const d = p.data;
  if (!d || !d.ev) return '';
  const ev = d.ev;
  const sources = new Set();
  for (const e of ev.evidence || []) {
    const chain = (e.sources || []).join(' → ');
    sources.add((chain || e.publisher || 'unknown source') + (e.published ? ' (' + e.published + ')' : ''));
  }
  const figure = ev.value != null || ev.min != null || ev.max != null
    ? fmtRange(ev.min, ev.max, ev.value) + (ev.unit ? ' ' + ev.unit : '') : null;
  return h('div.tip', null,
    h('div.tip-title', null, ev.label || ev.id),
    h('div.tip-meta', null, (ev.time || '') + ' · ' + (ev.granularity || '') + ' · ' + (ev.modality || '')),
    figure ? h('div.tip-figure', null, figure) : null,
    h('div.tip-label', null, sources.size === 1 ? 'Source' : 'Sources (' + sources.size + ')'),
    h('ul.tip-sources', null, [...sources].slice(0, 8).map(s => h('li', null, s))),
    sources.size > 8 ? h('div.tip-meta', null, '… and ' + (sources.size - 8) + ' more') : null,
    d.href ? h('div.tip-hint', null, 'Click: open the evidence sentence') : null);
}

export function fmtNumber(v) {
  return v == null ? '?' : Number(v).toLocaleString('en', {maximumFractionDigits: 2});
}

export function fmtRange(min, max, value) {
  if (min != null && max != null && min !== max) return fmtNumber(min) + ' – ' + fmtNumber(max);
  if (value != null) return fmtNumber(value);
  if (min != null && max == null) return '≥ ' + fmtNumber(min);
  if (max != null && min == null) return '≤ ' + fmtNumber(max);
  return fmtNumber(min != null ? min : max);
}

function option(figures, plain, unit) {
  const xs = [...figures, ...plain].flatMap(p => [p.start, p.end]);
  const pad = Math.max(15 * DAY, (Math.max(...xs) - Math.min(...xs)) * 0.04);
  const [xmin, xmax] = [Math.min(...xs) - pad, Math.max(...xs) + pad];
  const values = figures.flatMap(p => [p.lo, p.hi, p.value[1]]).filter(v => v > 0);
  const log = values.length > 1 && Math.max(...values) / Math.min(...values) > 20;
  const xAxis = (gridIndex, labels) => ({type: 'time', gridIndex, min: xmin, max: xmax,
    axisLabel: {show: labels, hideOverlap: true}, splitLine: {show: gridIndex === 0}});
  return {
    animation: false,
    textStyle: {fontFamily: 'system-ui, sans-serif'},
    grid: [{left: 64, right: 20, top: 28, bottom: 96}, {left: 64, right: 20, height: 34, bottom: 28}],
    xAxis: [xAxis(0, false), xAxis(1, true)],
    yAxis: [
      {type: log ? 'log' : 'value', gridIndex: 0, name: unit || 'figure', nameTextStyle: {align: 'left'},
        axisLabel: {formatter: v => fmtNumber(v)}, min: log ? undefined : 0, scale: false},
      {type: 'category', gridIndex: 1, data: ['events'], axisLabel: {show: true}, axisTick: {show: false}},
    ],
    tooltip: {trigger: 'item', confine: true, formatter: tooltip, className: 'chart-tip', enterable: false},
    series: [
      {
        type: 'custom', name: 'ranges', xAxisIndex: 0, yAxisIndex: 0, silent: true, z: 1,
        data: figures.map(p => [p.value[0], p.lo, p.hi, p.start, p.end, p.value[1], p.itemStyle.color]),
        encode: {x: [0, 3, 4], y: [1, 2, 5]},
        renderItem: (params, api) => {
          const color = figures[params.dataIndex].itemStyle.color;
          const children = [];
          const lo = api.coord([api.value(0), api.value(1)]);
          const hi = api.coord([api.value(0), api.value(2)]);
          if (Math.abs(lo[1] - hi[1]) > 1) {
            children.push({type: 'line', shape: {x1: lo[0], y1: lo[1], x2: hi[0], y2: hi[1]},
              style: {stroke: color, lineWidth: 7, opacity: 0.3, lineCap: 'round'}});
          }
          const a = api.coord([api.value(3), api.value(5)]);
          const b = api.coord([api.value(4), api.value(5)]);
          children.push({type: 'line', shape: {x1: a[0], y1: a[1], x2: b[0], y2: b[1]},
            style: {stroke: color, lineWidth: 2, lineDash: [4, 3], opacity: 0.7}});
          return {type: 'group', children};
        },
      },
      {type: 'scatter', name: 'figures', xAxisIndex: 0, yAxisIndex: 0, z: 3, data: figures, cursor: 'pointer'},
      {type: 'scatter', name: 'events', xAxisIndex: 1, yAxisIndex: 1, z: 3, cursor: 'pointer',
        data: plain.map(p => ({...p, value: [p.value[0], 'events']}))},
    ],
  };
}

/**
 * Draws the timeline into {@code el} (which must be in the document, with a CSS height) and returns
 * the chart; {@code el.dataset.points} is set once it is drawn.
 */
export async function drawTimeline(el, timeline) {
  const echarts = await loadECharts();
  const {figures, plain} = points(timeline.events || []);
  const units = [...new Set(figures.map(p => p.ev.unit).filter(u => u))];
  el.dataset.total = String(figures.length + plain.length);
  if (figures.length + plain.length === 0) {
    el.dataset.points = '0';
    el.append(h('p.empty', null, 'No dated events in this story yet.'));
    return null;
  }
  const chart = echarts.init(el, null, {renderer: 'canvas'});
  chart.on('finished', () => {
    const inside = (seriesIndex, gridIndex, items) => items.filter(p => {
      const px = chart.convertToPixel({seriesIndex}, p.value);
      return px && chart.containPixel({gridIndex}, px);
    }).length;
    const f = inside(1, 0, figures);
    const e = inside(2, 1, plain.map(p => ({value: [p.value[0], 'events']})));
    el.dataset.figures = String(f);
    el.dataset.events = String(e);
    el.dataset.points = String(f + e);
  });
  chart.on('click', p => {
    if (p.data && p.data.href) location.assign(p.data.href);
  });
  chart.setOption(option(figures, plain, units.length === 1 ? units[0] : null));
  const resize = () => chart.resize();
  window.addEventListener('resize', resize);
  return chart;
}
