/**
 * A small bar chart as inline SVG: each board's figure of the period beside last year's, with a
 * `<title>` and `<desc>` in the pane's language for screen readers and tooltips. Heights are only
 * drawing: the exact values are in the texts.
 */

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 300;
const HEIGHT = 120;
const TOP = 18;
const BOTTOM = 18;

export interface BarGroup {
  readonly label: string;
  /** exact decimal texts, or undefined when there is none */
  readonly value: string | undefined;
  readonly last: string | undefined;
  /** the group's words for screen readers (`DN: kỳ này 1.234,5, cùng kỳ 1.100`) */
  readonly text: string;
}

export interface BarChartText {
  readonly id: string;
  readonly title: string;
  readonly thisLabel: string;
  readonly lastLabel: string;
}

function node<K extends keyof SVGElementTagNameMap>(name: K, attrs: Readonly<Record<string, string | number>>, text?: string): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/** A number for drawing only (never summed, compared for a result, or shown). */
const height = (v: string | undefined): number => (v === undefined ? 0 : Math.max(0, Number(v)));

/**
 * The chart of one figure.
 *
 * @example
 * ```ts
 * card.append(barChart([{ label: 'DN', value: '12.5', last: '10', text: 'DN: 12,5 / 10' }], { id: 'c1', title: '…', thisLabel: 'Kỳ này', lastLabel: 'Cùng kỳ' }));
 * ```
 */
export function barChart(groups: readonly BarGroup[], t: BarChartText): SVGSVGElement {
  const svg = node('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, width: '100%', role: 'img', 'aria-labelledby': `${t.id}-title ${t.id}-desc`, class: 'bar-chart' });
  svg.append(node('title', { id: `${t.id}-title` }, t.title), node('desc', { id: `${t.id}-desc` }, groups.map((g) => g.text).join('; ')));
  const max = Math.max(1e-9, ...groups.flatMap((g) => [height(g.value), height(g.last)]));
  const plot = HEIGHT - TOP - BOTTOM;
  const slot = WIDTH / Math.max(1, groups.length);
  const bar = Math.min(28, slot / 3);
  groups.forEach((g, i) => {
    const x = i * slot + slot / 2;
    for (const [k, v, cls] of [[0, g.value, 'this'], [1, g.last, 'last']] as const) {
      const h = (height(v) / max) * plot;
      const rect = node('rect', { x: x - bar + k * bar, y: TOP + plot - h, width: bar - 2, height: Math.max(h, v === undefined ? 0 : 1), class: `bar ${cls}` });
      rect.append(node('title', {}, g.text));
      svg.append(rect);
    }
    svg.append(node('text', { x, y: HEIGHT - 4, 'text-anchor': 'middle', class: 'bar-label' }, g.label));
  });
  svg.append(node('line', { x1: 0, x2: WIDTH, y1: TOP + plot, y2: TOP + plot, class: 'axis' }));
  svg.append(node('rect', { x: WIDTH - 150, y: 3, width: 9, height: 9, class: 'key this' }), node('text', { x: WIDTH - 138, y: 11, class: 'legend' }, t.thisLabel));
  svg.append(node('rect', { x: WIDTH - 72, y: 3, width: 9, height: 9, class: 'key last' }), node('text', { x: WIDTH - 60, y: 11, class: 'legend' }, t.lastLabel));
  return svg;
}
