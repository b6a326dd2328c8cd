// warmap's map page: a day slider over the span of event dates; the map, the list of
// events in view, who holds which place and the relations between actors follow it.

import { api } from "./api.js";
import { el, clear, slug } from "./dom.js";
import { EventMap } from "./map.js";
import { highlightedSentence, FIELD_LABELS } from "./evidence.js";
import { drawNetwork } from "./network.js";
import { TimeChart } from "./chart.js";
import { toCSV, toGeoJSON, save } from "./download.js";
import { showReview } from "./review.js";

const $ = (id) => document.getElementById(id);
const DAY_MS = 86400000;
const LIST_MAX = 200;
const PAGE_MAX = 1000;  // events drawn at once: the newest of the window (newestEvents)
const PLAY_STEP_MS = 250;

const state = { first: null, days: 0, events: [], total: 0, answers: [], types: [], selected: null, playing: null, loads: 0 };

function indexOf(day) {
  return Math.round((new Date(`${day}T00:00:00Z`) - state.first) / DAY_MS);
}

function dayAt(index) {
  return new Date(state.first.getTime() + index * DAY_MS).toISOString().slice(0, 10);
}

function filters() {
  const index = Number($("slider").value);
  const back = Number($("window").value);
  return {
    day: dayAt(index),
    since: back >= 0 ? dayAt(index - back) : "",
    actor: $("actor").value,
    type: $("type").value,
  };
}

/** The window's newest events, a page at most. The API lists oldest first, so when more match
 * than a page holds, ask again for the last page: the events nearest the slider's day. */
async function newestEvents(query) {
  const page = await api.events({ ...query, limit: PAGE_MAX });
  if (page.total <= page.events.length) return page;
  return api.events({ ...query, limit: PAGE_MAX, offset: page.total - PAGE_MAX });
}

let generation = 0;

/** Fetch what the slider and filters ask for and redraw; stale answers are dropped. */
async function refresh() {
  const mine = ++generation;
  const f = filters();
  $("day").value = f.day;
  $("day").textContent = f.day;
  try {
    const [page, control, areas, relations] = await Promise.all([
      newestEvents({ until: f.day, since: f.since, actor: f.actor, type: f.type }),
      api.control(f.day).catch((err) => ({ control: [], error: err })),
      api.controlAreas(f.day).catch((err) => ({ features: [], error: err })),
      api.relations(f.day, f.actor).catch((err) => ({ relations: [], error: err })),
    ]);
    if (mine !== generation) return;
    state.events = page.events;
    state.total = page.total;
    state.answers = control.control;
    eventMap.showEvents(page.events);
    eventMap.showControl(control.control);
    eventMap.showAreas(areas);
    eventMap.showLegend(state.types, control.control);
    renderList();
    chart.showWindow(f.since ? indexOf(f.since) : 0, indexOf(f.day));
    keepInURL();
    $("network-day").textContent = `on ${f.day}`;
    drawNetwork($("graph"), $("network-key"), relations.relations, { selected: f.actor, onPick: pickActor });
    showStatus(page.total > page.events.length ? `showing the newest ${page.events.length} of ${page.total} events: narrow the filters` : "");
  } catch (err) {
    if (mine === generation) showStatus(`could not load events: ${err.message}`);
  } finally {
    if (mine === generation) {
      document.body.dataset.shown = f.day;  // the day the map now shows (tests wait for it)
      document.body.dataset.loads = String(++state.loads);
    }
  }
}

function showStatus(text) {
  let node = $("status");
  if (!node) document.querySelector("header").append((node = el("p", { id: "status", role: "status" })));
  node.textContent = text;
}

function describe(e) {
  const actors = [e.actor1?.name, e.actor2?.name].filter(Boolean).join(" vs ");
  return `${e.sub_event_type}${e.location ? `, ${e.location.name}` : ""}${actors ? ` (${actors})` : ""}`;
}

function renderList() {
  const list = clear($("events"));
  const visible = eventMap.inView(state.events).reverse();
  $("list-count").textContent = `(${visible.length})`;
  for (const e of visible.slice(0, LIST_MAX)) {
    list.append(el("li", { class: e.id === state.selected ? "selected" : null },
      el("button", { type: "button", "data-event-id": e.id, onclick: () => select(e.id) },
        el("span", { class: `swatch dot ev-${slug(e.event_type)}` }),
        el("time", {}, e.date), " ", describe(e))));
  }
  if (visible.length > LIST_MAX) list.append(el("li", { class: "more" }, `and ${visible.length - LIST_MAX} more: zoom in`));
}

/** Show one event: its fields and each report's sentence with the evidence marked. */
async function select(id) {
  state.selected = id;
  keepInURL();
  eventMap.focus(id);
  const detail = clear($("detail"));
  let e;
  try {
    e = await api.event(id);
  } catch (err) {
    detail.append(el("p", { class: "error" }, err.message));
    return;
  }
  const when = e.date_min === e.date_max ? e.date : `${e.date} (between ${e.date_min} and ${e.date_max})`;
  detail.append(
    el("h2", {}, el("span", { class: `swatch dot ev-${slug(e.event_type)}` }), `${e.event_type}: ${e.sub_event_type}`),
    el("dl", {},
      el("dt", {}, "when"), el("dd", {}, when),
      el("dt", {}, "where"), el("dd", {}, e.location ? `${e.location.name}, ${e.location.admin1 || ""} ${e.location.country}` : "not stated"),
      el("dt", {}, "actor 1"), el("dd", {}, e.actor1 ? e.actor1.name : "not stated"),
      el("dt", {}, "actor 2"), el("dd", {}, e.actor2 ? e.actor2.name : "none"),
      e.fatalities !== null ? [el("dt", {}, "fatalities"), el("dd", {}, String(e.fatalities))] : null,
      el("dt", {}, "confidence"), el("dd", {}, String(e.confidence))),
    el("ul", { class: "key" }, ["actor1", "actor2", "location", "date", "trigger"].map((f) =>
      el("li", {}, el("mark", { class: `ev-${f}` }, FIELD_LABELS[f])))),
  );
  e.sources.forEach((source) => {
    // A merged event's evidence comes from all its reports: each sentence marks the words it holds.
    detail.append(el("article", { class: "source" },
      highlightedSentence(source, e.evidence),
      el("p", { class: "cite" },
        el("a", { href: `#doc=${encodeURIComponent(source.doc_id)}`, class: "doc-link",
          onclick: (ev) => { ev.preventDefault(); openDocument(source); } },
          source.title || source.document),
        ` ${source.published || ""} · ${source.document} · `,
        el("a", { href: `/api/documents/${encodeURIComponent(source.doc_id)}`, target: "_blank", rel: "noopener" }, "JSON"))));
  });
  for (const li of document.querySelectorAll("#events li")) li.classList.toggle("selected", li.firstChild?.dataset.eventId === id);
  await showReview(detail, e); // Accept / Reject / Correct, when the server takes reviews
}

/** The whole article, as text, with the supporting sentence marked. */
async function openDocument(source) {
  const detail = $("detail");
  const doc = await api.document(source.doc_id);
  const start = Math.max(0, source.start), end = Math.max(start, source.end);
  const text = el("div", { class: "doc-text" });
  const before = doc.text.slice(0, start), middle = doc.text.slice(start, end), after = doc.text.slice(end);
  text.append(before, el("mark", { class: "ev-sentence" }, middle), after);
  detail.append(el("article", { class: "document", "data-doc-id": doc.doc_id },
    el("h3", { class: "doc-title" }, doc.title || doc.source),
    el("p", { class: "cite" }, `${doc.published || "undated"} · ${doc.source}`),
    text));
  text.scrollIntoView({ block: "nearest" });
}

function pickActor(id) {
  $("actor").value = [...$("actor").options].some((o) => o.value === id) ? id : "";
  onFilter();
}

/** The "show" menu's choice for a window of `back` days before the slider's day: one of
 * its fixed choices, or an added "brushed" one. */
function chooseWindow(back) {
  const menu = $("window");
  menu.querySelector("option.brushed")?.remove();
  if (![...menu.options].some((o) => Number(o.value) === back)) {
    menu.append(el("option", { value: String(back), class: "brushed" }, `${back + 1} days on the chart`));
  }
  menu.value = String(back);
}

/** The chart's brush: the slider goes to the span's last day, the window to its length. */
function onBrush(from, to) {
  $("slider").value = String(to);
  chooseWindow(to - from);
  refresh();
}

/** The view in the address bar (no reload), so a link to it opens the same view:
 * ?until=DAY&since=DAY&actor=ID&type=TYPE&event=ID (since absent: everything up to then). */
function keepInURL() {
  if (!state.first) return;
  const f = filters();
  const query = new URLSearchParams(location.search);
  const set = (k, v) => (v ? query.set(k, v) : query.delete(k));
  set("until", f.day);
  set("since", f.since);
  set("actor", f.actor);
  set("type", f.type);
  set("event", state.selected);
  const url = `${location.pathname}?${query}${location.hash}`;
  if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, "", url);
}

/** Put the page in the view a link asks for (what is unknown is left as it is). */
function restoreFromURL() {
  const query = new URLSearchParams(location.search);
  const day = (k) => (/^\d{4}-\d{2}-\d{2}$/.test(query.get(k) || "") ? query.get(k) : null);
  const until = day("until"), since = day("since");
  if (until) $("slider").value = String(Math.max(0, Math.min(state.days, indexOf(until))));
  if (since) chooseWindow(Math.max(0, Number($("slider").value) - indexOf(since)));
  else if (until) chooseWindow(-1);
  for (const k of ["actor", "type"]) {
    const v = query.get(k);
    if (v && [...$(k).options].some((o) => o.value === v)) $(k).value = v;
  }
  return query.get("event");
}

let chartGeneration = 0;

/** The chart: every event the actor and type filters keep, over the whole span, counted
 * by the server (GET /api/histogram: a row a day and type, not the events themselves). */
async function redrawChart() {
  const mine = ++chartGeneration;
  const { actor, type } = filters();
  const { days } = await api.histogram({ actor, type });
  if (mine !== chartGeneration) return;
  chart.draw(days, dayAt(0), state.days);
  const total = days.reduce((n, d) => n + d.events, 0);
  $("when-note").textContent = `${total} events, per ${chart.step === 7 ? "week" : "day"}; drag to choose the dates`;
  document.body.dataset.chart = String(mine);
}

function onFilter() {
  redrawChart().catch((err) => showStatus(`could not draw the chart: ${err.message}`));
  refresh();
}

function download(format) {
  const events = eventMap.inView(state.events);
  const name = `warmap-${filters().since || dayAt(0)}-${filters().day}`;
  if (format === "csv") save(`${name}.csv`, toCSV(events), "text/csv");
  else save(`${name}.geojson`, toGeoJSON(events), "application/geo+json");
}

function play() {
  if (state.playing) {
    clearTimeout(state.playing);
    state.playing = null;
    $("play").textContent = "▶";
    return;
  }
  const slider = $("slider");
  if (Number(slider.value) >= state.days) slider.value = "0";
  $("play").textContent = "❚❚";
  const tick = async () => {
    if (Number(slider.value) >= state.days) { state.playing = null; $("play").textContent = "▶"; return; }
    slider.value = String(Number(slider.value) + 1);
    await refresh();
    if (state.playing) state.playing = setTimeout(tick, PLAY_STEP_MS);
  };
  state.playing = setTimeout(tick, PLAY_STEP_MS);
}

let slideTimer = null;
function onSlide() {
  $("day").textContent = dayAt(Number($("slider").value));
  clearTimeout(slideTimer);
  slideTimer = setTimeout(refresh, 120);
}

const eventMap = new EventMap($("map"), select);
const chart = new TimeChart($("chart"), onBrush);

/** Slider span, event types and actor list from the store's summary (at start, and again
 * when the store grows); the slider stays on its day, or on the newest day if it was there. */
async function applySummary(summary, actorList = api.actors()) {
  const slider = $("slider");
  const day = state.first ? filters().day : null;
  const atEnd = !state.first || Number(slider.value) >= state.days;
  state.first = new Date(`${summary.first}T00:00:00Z`);
  state.days = Math.round((new Date(`${summary.last}T00:00:00Z`) - state.first) / DAY_MS);
  state.types = summary.event_types;
  state.seen = `${summary.events}/${summary.documents}`;
  document.body.dataset.events = String(summary.events);
  slider.max = String(state.days);
  slider.value = String(atEnd ? state.days : indexOf(day));
  const actors = await actorList;
  refill($("actor"), "all actors", actors.actors.map((a) => [a.id, `${a.name} (${a.events})`]));
  refill($("type"), "all event types", summary.event_types.map((t) => [t, t]));
}

/** Replace a select's options, keeping what was chosen when it is still there. */
function refill(select, anyLabel, options) {
  const chosen = select.value;
  clear(select).append(el("option", { value: "" }, anyLabel), ...options.map(([v, label]) => el("option", { value: v }, label)));
  select.value = options.some(([v]) => v === chosen) ? chosen : "";
}

/** `warmap ingest` may add to the store while the page is open: look every so often (the
 * page's ?poll=MS, 0 for never) and take new events in without a reload. */
function watchStore() {
  const every = Number(new URLSearchParams(location.search).get("poll") ?? 15000);
  if (!(every > 0)) return;
  setInterval(async () => {
    let summary;
    try {
      summary = await api.summary();
    } catch {
      return;  // the server is restarting or gone: try again next time
    }
    if (!summary.first || `${summary.events}/${summary.documents}` === state.seen) return;
    await applySummary(summary);
    redrawChart().catch(() => {});
    await refresh();
  }, every);
}

async function start() {
  const actors = api.actors();  // asked with the summary, not after it
  actors.catch(() => {});  // (an error surfaces where it is awaited)
  // the outlines are drawn while the summary, and then the events, are on their way
  const outlines = Promise.all([eventMap.drawCountries(), eventMap.drawProvinces()]);
  outlines.catch(() => {});
  const summary = await api.summary();
  if (!summary.first) {
    await outlines;
    showStatus("The store holds no events yet: run 'warmap ingest FOLDER' and reload.");
    return;
  }
  await applySummary(summary, actors);
  const selected = restoreFromURL();
  $("slider").addEventListener("input", onSlide);
  $("window").addEventListener("change", refresh);
  for (const id of ["actor", "type"]) $(id).addEventListener("change", onFilter);
  $("play").addEventListener("click", play);
  $("download-csv").addEventListener("click", () => download("csv"));
  $("download-geojson").addEventListener("click", () => download("geojson"));
  eventMap.map.on("moveend", renderList);
  await Promise.all([redrawChart(), refresh(), outlines]);
  if (selected) await select(selected);
  document.body.dataset.ready = "1";
  // place names after the rest: the first request has the server load its gazetteer (about a second)
  eventMap.labels.refresh().catch((err) => console.warn(`place names not drawn: ${err.message}`));
  watchStore();
}

start().catch((err) => showStatus(`could not start: ${err.message}`));
