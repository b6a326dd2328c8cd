// "When": a bar chart of events per day (per week over a long span), stacked by event
// type, with a brush. Plain SVG; colours come as attributes (the page's style policy
// allows no inline styles).

import { svg, clear } from "./dom.js";
import { typeColour } from "./colours.js";

const DAY_MS = 86400000;
const WEEKLY_OVER_DAYS = 180;  // a span longer than this is drawn a week a bar
const W = 1000, H = 120, PAD_L = 34, PAD_B = 18, PAD_T = 6;

const dayNumber = (iso) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);

/** Events per bin and type, from GET /api/histogram's days ({day, event_type, events}):
 * bins of `step` days from `first` (a day number) over `days` + 1 days. */
export function binCounts(counts, first, days) {
  const step = days > WEEKLY_OVER_DAYS ? 7 : 1;
  const bins = Array.from({ length: Math.floor(days / step) + 1 }, () => new Map());
  for (const c of counts) {
    const i = Math.floor((dayNumber(c.day) - first) / step);
    if (i < 0 || i >= bins.length) continue;
    bins[i].set(c.event_type, (bins[i].get(c.event_type) || 0) + c.events);
  }
  return { step, bins };
}

export class TimeChart {
  /** `onBrush(fromIndex, toIndex)` gets day indexes (0 = the first day), inclusive. */
  constructor(node, onBrush) {
    this.node = node;
    this.onBrush = onBrush;
    this.days = 0;
    this.step = 1;
    this.window = null;
    node.setAttribute("viewBox", `0 0 ${W} ${H}`);
    node.setAttribute("preserveAspectRatio", "none");
    node.addEventListener("pointerdown", (ev) => this._down(ev));
    node.addEventListener("pointermove", (ev) => this._move(ev));
    node.addEventListener("pointerup", (ev) => this._up(ev));
  }

  _x(dayIndex) {
    return PAD_L + (dayIndex / (this.days + 1)) * (W - PAD_L - 2);
  }

  /** The day index under a pointer event, snapped to the start of its bar. */
  _dayAt(ev) {
    const box = this.node.getBoundingClientRect();
    const x = ((ev.clientX - box.left) / box.width) * W;
    const raw = Math.floor(((x - PAD_L) / (W - PAD_L - 2)) * (this.days + 1));
    const clamped = Math.max(0, Math.min(this.days, raw));
    return clamped - (clamped % this.step);
  }

  /** Draw the day counts over `days` + 1 days from `firstIso`. */
  draw(counts, firstIso, days) {
    this.days = days;
    this.first = firstIso;
    const { step, bins } = binCounts(counts, dayNumber(firstIso), days);
    this.step = step;
    const totals = bins.map((b) => [...b.values()].reduce((a, c) => a + c, 0));
    const top = Math.max(1, ...totals);
    const scale = (H - PAD_B - PAD_T) / top;
    const root = clear(this.node);
    root.dataset.step = step === 7 ? "week" : "day";
    const base = H - PAD_B;
    root.append(
      svg("line", { x1: PAD_L, x2: W - 2, y1: base, y2: base, class: "axis" }),
      svg("text", { x: PAD_L - 4, y: PAD_T + 8, class: "tick", "text-anchor": "end" }, String(top)),
      svg("text", { x: PAD_L - 4, y: base, class: "tick", "text-anchor": "end" }, "0"),
      svg("text", { x: PAD_L, y: H - 4, class: "tick" }, firstIso),
      svg("text", { x: W - 2, y: H - 4, class: "tick", "text-anchor": "end" }, this._iso(days)),
    );
    root.append(...this._ticks(base));
    const barW = Math.max(1, this._x(step) - this._x(0) - (step === 7 || days < 200 ? 1 : 0));
    bins.forEach((bin, i) => {
      let y = base;
      for (const [type, n] of [...bin.entries()].sort()) {
        const h = n * scale;
        y -= h;
        root.append(svg("rect", { class: "bar", x: this._x(i * step), y, width: barW, height: h, fill: typeColour(type),
          "data-type": type, "data-count": n, "data-day": this._iso(i * step) },
        svg("title", {}, `${this._iso(i * step)}${step === 7 ? " (week)" : ""}: ${n} ${type}`)));
      }
    });
    this.brush = svg("rect", { class: "brush", y: PAD_T - 4, height: base - PAD_T + 4, x: 0, width: 0 });
    root.append(this.brush);
    if (this.window) this.showWindow(...this.window);
  }

  /** A mark and label at each new year (each new month over a span under two years). */
  _ticks(base) {
    const out = [];
    const monthly = this.days < 730;
    for (let i = 1; i <= this.days; i++) {
      const iso = this._iso(i);
      if (!iso.endsWith(monthly ? "-01" : "-01-01")) continue;
      const x = this._x(i);
      out.push(svg("line", { x1: x, x2: x, y1: base, y2: base + 4, class: "axis" }));
      if (x > PAD_L + 70 && x < W - 70) {
        out.push(svg("text", { x, y: H - 4, class: "tick", "text-anchor": "middle" }, monthly ? iso.slice(0, 7) : iso.slice(0, 4)));
      }
    }
    return out;
  }

  _iso(dayIndex) {
    return new Date(dayNumber(this.first) * DAY_MS + dayIndex * DAY_MS).toISOString().slice(0, 10);
  }

  /** Shade the date window the map shows: day indexes `from`..`to`, inclusive. */
  showWindow(from, to) {
    this.window = [from, to];
    if (!this.brush) return;
    const a = Math.max(0, from), b = Math.max(a, to);
    this.brush.setAttribute("x", this._x(a));
    this.brush.setAttribute("width", Math.max(2, this._x(b + 1) - this._x(a)));
  }

  _down(ev) {
    if (!this.days && this.days !== 0) return;
    this.node.setPointerCapture?.(ev.pointerId);
    this.dragFrom = this._dayAt(ev);
    this.showWindow(this.dragFrom, this.dragFrom + this.step - 1);
  }

  _move(ev) {
    if (this.dragFrom === undefined) return;
    const [from, to] = this._span(ev);
    this.showWindow(from, to);
  }

  _up(ev) {
    if (this.dragFrom === undefined) return;
    const [from, to] = this._span(ev);
    this.dragFrom = undefined;
    this.onBrush(from, to);
  }

  /** From the bar where the drag began to the end of the bar under the pointer (either way). */
  _span(ev) {
    const here = this._dayAt(ev);
    const from = Math.min(here, this.dragFrom);
    const to = Math.min(this.days, Math.max(here, this.dragFrom) + this.step - 1);
    return [from, to];
  }
}
