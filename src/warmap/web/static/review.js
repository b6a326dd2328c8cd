// Review in the evidence panel: Accept / Reject / Correct an event, with a note.
//
// Shown only when the server says review is on (GET /api/review: `warmap serve --review`).
// A decision goes to POST /api/events/{id}/review with the reviewer's name (kept in this
// browser's localStorage) and, when the server asks for one, the review token (kept for
// this tab only, in sessionStorage). The correction form offers ACLED's sub-event types,
// the actor dictionary, a place search backed by the gazetteer, the date and fatalities.

import { el, clear } from "./dom.js";

const NAME_KEY = "warmap.reviewer";
const TOKEN_KEY = "warmap.reviewToken";
let settings = null; // GET /api/review, asked once
let lists = null; // {types, actors}, asked when a correction form first opens

async function call(url, options = {}) {
  const response = await fetch(url, { ...options, headers: { Accept: "application/json", ...(options.headers || {}) } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.error || `${response.status} from ${url}`);
  return body;
}

const eventURL = (id) => `/api/events/${encodeURIComponent(id)}/review`;

/** Append the review block for event `e` to the detail panel (nothing when review is off). */
export async function showReview(detail, e) {
  if (settings === null) settings = await call("/api/review").catch(() => ({ enabled: false }));
  if (!settings.enabled) return;
  const box = el("section", { id: "review", class: "review", "data-event-id": e.id }, el("h3", {}, "Review"));
  detail.append(box);
  let status;
  try {
    status = await call(eventURL(e.id));
  } catch (err) {
    box.append(el("p", { class: "error" }, err.message));
    return;
  }
  if (box.isConnected) render(box, e, status);
}

function statusLine(status) {
  const r = status.review;
  if (!r) return el("p", { class: "review-status", "data-status": "none" }, "Not reviewed yet.");
  const when = r.at.replace("T", " ").slice(0, 16);
  return el("p", { class: `review-status review-${r.status}`, "data-status": r.status },
    el("strong", {}, r.status), ` by ${r.reviewer}, ${when} UTC`, r.note ? ` — ${r.note}` : "",
    status.event ? el("span", { class: "review-fixed" }, ` (now: ${summary(status.event)})`) : "");
}

function summary(ev) {
  const parts = [ev.sub_event_type, ev.date];
  if (ev.actor1) parts.push(ev.actor1.name);
  if (ev.location) parts.push(ev.location.name);
  parts.push(ev.fatalities === null ? "no toll stated" : `${ev.fatalities} killed`);
  return parts.join(", ");
}

function render(box, e, status) {
  clear(box).append(el("h3", {}, "Review"), statusLine(status));
  const name = el("input", { id: "review-name", type: "text", maxlength: 100, placeholder: settings.reviewer || "your name",
    value: localStorage.getItem(NAME_KEY) || "", autocomplete: "name" });
  name.addEventListener("change", () => localStorage.setItem(NAME_KEY, name.value.trim()));
  const fields = [el("label", {}, "reviewer ", name)];
  let token = null;
  if (settings.token_required) {
    token = el("input", { id: "review-token", type: "password", value: sessionStorage.getItem(TOKEN_KEY) || "",
      autocomplete: "off" });
    token.addEventListener("change", () => sessionStorage.setItem(TOKEN_KEY, token.value));
    fields.push(el("label", {}, "token ", token));
  }
  const note = el("textarea", { id: "review-note", rows: 2, maxlength: 2000, placeholder: "note (why)" });
  const message = el("p", { id: "review-message", class: "review-message", role: "status" });
  const form = el("div", { id: "review-form", class: "review-form", hidden: true });

  async function send(decision, changes = {}) {
    message.textContent = "";
    const who = name.value.trim() || settings.reviewer || "";
    if (!who) {
      message.textContent = "Give your name as reviewer first.";
      return;
    }
    localStorage.setItem(NAME_KEY, name.value.trim());
    const headers = { "Content-Type": "application/json" };
    if (token) {
      sessionStorage.setItem(TOKEN_KEY, token.value);
      headers[settings.token_header] = token.value;
    }
    try {
      const done = await call(eventURL(e.id), { method: "POST", headers,
        body: JSON.stringify({ decision, changes, note: note.value.trim() || null, reviewer: who }) });
      if (box.isConnected) render(box, e, done);
    } catch (err) {
      message.textContent = err.message;
    }
  }

  box.append(
    el("div", { class: "review-who" }, fields),
    note,
    el("div", { class: "review-buttons" },
      el("button", { id: "review-accept", type: "button", onclick: () => send("accept") }, "Accept"),
      el("button", { id: "review-reject", type: "button", onclick: () => send("reject") }, "Reject"),
      el("button", { id: "review-correct", type: "button",
        onclick: () => openForm(form, e, status.event || e, send, message) }, "Correct…")),
    form,
    message);
}

// The form starts from the event as last corrected (`shown`); a correction replaces the one
// before it, so what it sends is every field that differs from the extractor's event `e`.
async function openForm(form, e, shown, send, message) {
  if (!form.hidden) {
    form.hidden = true;
    return;
  }
  try {
    if (lists === null) {
      const [types, actors] = await Promise.all([call("/api/review/types"), call("/api/review/actors")]);
      lists = { types: types.types, actors: actors.actors };
    }
  } catch (err) {
    message.textContent = err.message;
    return;
  }
  clear(form);
  const sub = el("select", { id: "review-sub" }, Object.entries(lists.types).map(([type, subs]) =>
    el("optgroup", { label: type }, subs.map((s) => el("option", { value: s }, s)))));
  sub.value = shown.sub_event_type;
  const actorSelect = (id, current, noneLabel) => {
    const s = el("select", { id }, el("option", { value: "" }, noneLabel),
      lists.actors.map((a) => el("option", { value: a.id }, `${a.name} (${a.id})`)));
    s.value = current ? current.id : "";
    return s;
  };
  const actor1 = actorSelect("review-actor1", shown.actor1, "not stated");
  const actor2 = actorSelect("review-actor2", shown.actor2, "none");
  const query = el("input", { id: "review-place-q", type: "search", maxlength: 100,
    placeholder: shown.location ? shown.location.name : "place name" });
  const places = el("select", { id: "review-place" }, el("option", { value: "" }, "keep the place"));
  let found = [];
  async function search() {
    if (!query.value.trim()) return;
    try {
      found = (await call(`/api/review/places?q=${encodeURIComponent(query.value.trim())}`)).places;
    } catch (err) {
      message.textContent = err.message;
      return;
    }
    clear(places).append(el("option", { value: "" }, found.length ? "keep the place" : "no place found"),
      ...found.map((p, i) => el("option", { value: String(i) }, `${p.name}, ${p.admin1 || ""} ${p.country}`)));
    if (found.length) places.value = "0";
  }
  query.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter") {
      ev.preventDefault();
      search();
    }
  });
  const date = el("input", { id: "review-date", type: "date", value: shown.date });
  const fatalities = el("input", { id: "review-fatalities", type: "number", min: 0, step: 1,
    value: shown.fatalities === null ? "" : String(shown.fatalities), placeholder: "none stated" });

  function changes() {
    const out = {};
    if (sub.value !== e.sub_event_type) out.sub_event_type = sub.value;
    if (actor1.value !== (e.actor1 ? e.actor1.id : "")) out.actor1 = actor1.value;
    if (actor2.value !== (e.actor2 ? e.actor2.id : "")) out.actor2 = actor2.value;
    if (places.value !== "") out.location = found[Number(places.value)];
    else if (JSON.stringify(shown.location) !== JSON.stringify(e.location)) out.location = shown.location;
    if (date.value && date.value !== e.date) out.date = date.value;
    const had = e.fatalities === null ? "" : String(e.fatalities);
    if (fatalities.value.trim() !== had) out.fatalities = fatalities.value.trim();
    return out;
  }

  form.append(
    el("label", {}, "type ", sub),
    el("label", {}, "actor 1 ", actor1),
    el("label", {}, "actor 2 ", actor2),
    el("label", {}, "place ", query,
      el("button", { id: "review-place-search", type: "button", onclick: search }, "Search"), places),
    el("label", {}, "date ", date),
    el("label", {}, "fatalities ", fatalities),
    el("button", { id: "review-save", type: "button", onclick: () => {
      const c = changes();
      if (!Object.keys(c).length) {
        message.textContent = "Change a field first (or Accept the event as it is).";
        return;
      }
      send("correct", c);
    } }, "Save correction"));
  form.hidden = false;
}
