// Copy warmap's front-end libraries from node_modules into the package's static folder,
// so the map page works with no network: Leaflet, its marker clustering, and country
// outlines for the Middle East cut out of Natural Earth (world-atlas) as GeoJSON.
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

function rounded(geometry) {
  const r = (pt) => [Math.round(pt[0] * 1000) / 1000, Math.round(pt[1] * 1000) / 1000];
  const poly = (p) => p.map((ring) => ring.map(r));
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
console.log(`vendor: ${files.length} files and ${region.features.length} country outlines -> ${out}`);
