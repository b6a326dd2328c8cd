// Control as areas: the territory around each place held on the slider's day, from
// GET /api/control/areas (each held town's Voronoi cell among the held towns, at most
// 50 km out and cut to its province: warmap.timeline.areas). One colour per holder
// (colours.js); hatched where sources disagree.
/* global L */

import { el, svg, slug } from "./dom.js";
import { actorColour } from "./colours.js";

export class ControlAreas {
  /** @param {L.Map} map */
  constructor(map) {
    this.map = map;
    map.createPane("areas");  // app.css: over the land, under the province lines and borders
    this.renderer = L.svg({ pane: "areas" });
    this.layer = L.layerGroup().addTo(map);
    this.method = "";
    this.holders = new Map();  // actor id -> name, of the areas shown
    this.disputed = false;
    // the hatch patterns live in an SVG of their own; areas' fills point at them by id
    this.defs = svg("defs");
    map.getContainer().append(svg("svg", { class: "area-patterns", width: 0, height: 0, "aria-hidden": "true" }, this.defs));
  }

  /** Replace the areas with those of a GeoJSON collection from /api/control/areas. */
  show(collection) {
    this.layer.clearLayers();
    this.method = collection.method || "";
    this.holders.clear();
    this.disputed = false;
    const features = collection.features || [];
    for (const f of features) {
      const { id, name } = f.properties.actor;
      this.holders.set(id, name);
      this.disputed ||= f.properties.disputed;
      if (f.properties.disputed) this.hatch(id);
    }
    const layer = L.geoJSON(features, {
      renderer: this.renderer,
      style: (f) => areaStyle(f.properties),
      onEachFeature: (f, area) => area.bindTooltip(this.tip(f.properties), { sticky: true, className: "area-tip" }),
    }).addTo(this.layer);
    layer.eachLayer((area) => {
      const p = area.feature.properties;
      area.getElement()?.setAttribute("data-actor", p.actor.id);
      area.getElement()?.setAttribute("data-place", p.place);
    });
    this.map.getContainer().dataset.areasShown = String(features.length);
  }

  /** A hatch pattern in the holder's colour, made once. */
  hatch(id) {
    const pid = `hatch-${slug(id)}`;
    if (this.defs.querySelector(`#${pid}`)) return;
    const colour = actorColour(id);
    this.defs.append(svg("pattern", { id: pid, patternUnits: "userSpaceOnUse", width: 8, height: 8, patternTransform: "rotate(45)" },
      svg("rect", { width: 8, height: 8, fill: colour, "fill-opacity": 0.12 }),
      svg("line", { x1: 1, y1: 0, x2: 1, y2: 8, stroke: colour, "stroke-width": 2.5, "stroke-opacity": 0.75 })));
  }

  tip(p) {
    return el("div", { class: "tip" },
      el("strong", {}, p.place), ` held by ${p.actor.name}`, p.since ? ` since ${p.since}` : "",
      p.disputed ? " (sources disagree: hatched)" : "",
      el("br"), `shaded: ${p.area_km2.toLocaleString("en")} km², ${p.province ? `within ${p.province}` : "no province outline here"}`,
      el("p", { class: "method" }, this.method));
  }

  /** Legend entries: a swatch per holder and one for disputed areas. */
  legend() {
    const items = [...this.holders].map(([id, name]) =>
      el("li", { "data-actor": id }, swatch(actorColour(id), false), name));
    if (this.disputed) items.push(el("li", { class: "disputed" }, swatch("#566573", true), "sources disagree"));
    return items;
  }
}

function areaStyle(p) {
  const colour = actorColour(p.actor.id);
  return {
    className: `control-area control-area-${slug(p.actor.id)}${p.disputed ? " disputed" : ""}`,
    color: colour, weight: 1.2, opacity: 0.8,
    fillColor: p.disputed ? `url(#hatch-${slug(p.actor.id)})` : colour,
    fillOpacity: p.disputed ? 1 : 0.3,
    dashArray: p.disputed ? "4 3" : null,
  };
}

function swatch(colour, hatched) {
  // colours as attributes: the page's style policy allows no inline style
  const s = svg("svg", { class: "swatch area", viewBox: "0 0 14 10", width: 14, height: 10 });
  s.append(svg("rect", { x: 0.5, y: 0.5, width: 13, height: 9, fill: colour, "fill-opacity": hatched ? 0.08 : 0.35, stroke: colour }));
  if (hatched) for (const x of [2, 6, 10]) s.append(svg("line", { x1: x, y1: 9.5, x2: x + 4, y2: 0.5, stroke: colour, "stroke-width": 1.5 }));
  return s;
}
