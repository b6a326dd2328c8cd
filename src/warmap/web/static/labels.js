// Place names on the map, from GET /api/labels: the server picks, for the view and the
// zoom, the towns to name (where events happened first, then the most populous) so that
// no two labels overlap; zooming in brings more and smaller places.
/* global L */

import { el } from "./dom.js";

export class PlaceLabels {
  /** @param {L.Map} map @param {(bbox: string, zoom: number) => Promise<{labels: object[]}>} fetchLabels */
  constructor(map, fetchLabels) {
    this.map = map;
    this.fetchLabels = fetchLabels;
    map.createPane("labels");  // app.css: over the areas and rings, under the markers
    this.layer = L.layerGroup().addTo(map);
    this.generation = 0;
    map.on("moveend", () => this.refresh().catch((err) => console.warn(`place names not drawn: ${err.message}`)));
  }

  /** Ask for the names of the current view and draw them (a stale answer is dropped). */
  async refresh() {
    const mine = ++this.generation;
    const zoom = this.map.getZoom();
    const b = this.map.getBounds();
    const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v)).toFixed(3);
    const bbox = [clamp(b.getWest(), -180, 180), clamp(b.getSouth(), -90, 90),
      clamp(b.getEast(), -180, 180), clamp(b.getNorth(), -90, 90)].join(",");
    const { labels } = await this.fetchLabels(bbox, zoom);
    if (mine !== this.generation) return;
    this.layer.clearLayers();
    for (const x of labels) {
      const text = el("span", { class: x.events ? "with-events" : null, "data-events": x.events, "data-lat": x.lat, "data-lon": x.lon }, x.name);
      L.marker([x.lat, x.lon], {
        pane: "labels", interactive: false, keyboard: false,
        icon: L.divIcon({ className: "place-label", html: text, iconSize: null }),
      }).addTo(this.layer);
    }
    const node = this.map.getContainer().dataset;
    node.labelsShown = String(labels.length);
    node.labelsZoom = String(zoom);
    node.labelsBbox = bbox;
  }
}
