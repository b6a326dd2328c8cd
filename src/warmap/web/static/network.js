// Relations between actors as a small force-directed graph in SVG.
//
// A plain spring layout (repulsion between every pair, springs along relations, a pull
// to the centre), run to rest before drawing: a few dozen actors at most, so a few
// hundred steps cost nothing and the picture does not wobble.

import { el, svg, clear, slug } from "./dom.js";
import { actorColour } from "./colours.js";

export const RELATION_KINDS = {
  pledge: "pledged allegiance to", merger: "merged with", alliance: "allied with",
  agreement: "agreement with", cooperation: "cooperated with", defection: "defected from",
  rivalry: "rivals of",
};

function layout(nodes, edges, width, height) {
  const n = nodes.length;
  nodes.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / Math.max(n, 1);
    node.x = width / 2 + (width / 3) * Math.cos(angle);
    node.y = height / 2 + (height / 3) * Math.sin(angle);
  });
  const k = Math.sqrt((width * height) / Math.max(n, 1)) * 0.6;
  for (let step = 0; step < 300; step++) {
    const heat = 1 - step / 300;
    const force = nodes.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const dx = nodes[i].x - nodes[j].x || 0.01, dy = nodes[i].y - nodes[j].y || 0.01;
        const d2 = dx * dx + dy * dy, push = (k * k) / d2;
        force[i].x += dx * push; force[i].y += dy * push;
        force[j].x -= dx * push; force[j].y -= dy * push;
      }
    }
    for (const e of edges) {
      const a = e.a, b = e.b;
      const dx = nodes[a].x - nodes[b].x, dy = nodes[a].y - nodes[b].y;
      const d = Math.sqrt(dx * dx + dy * dy) || 0.01, pull = d / k;
      force[a].x -= dx * pull; force[a].y -= dy * pull;
      force[b].x += dx * pull; force[b].y += dy * pull;
    }
    nodes.forEach((node, i) => {
      force[i].x += (width / 2 - node.x) * 0.05;
      force[i].y += (height / 2 - node.y) * 0.05;
      const f = Math.hypot(force[i].x, force[i].y) || 1, move = Math.min(f, 12 * heat + 0.5);
      node.x = Math.min(width - 50, Math.max(50, node.x + (force[i].x / f) * move));
      node.y = Math.min(height - 16, Math.max(16, node.y + (force[i].y / f) * move));
    });
  }
}

/** Draw `relations` (export records) into the <svg>; `selected` is the actor id to ring. */
export function drawNetwork(svgNode, keyNode, relations, { selected = "", onPick = () => {} } = {}) {
  clear(svgNode);
  clear(keyNode);
  const [, , width, height] = svgNode.getAttribute("viewBox").split(" ").map(Number);
  if (!relations.length) {
    svgNode.append(svg("text", { x: width / 2, y: height / 2, "text-anchor": "middle", class: "empty" },
      "No relations known on this day."));
    return;
  }
  const index = new Map(), nodes = [];
  const node = (actor) => {
    if (!index.has(actor.id)) { index.set(actor.id, nodes.length); nodes.push({ id: actor.id, name: actor.name }); }
    return index.get(actor.id);
  };
  const edges = relations.map((r) => ({ a: node(r.actor1), b: node(r.actor2), r }));
  layout(nodes, edges, width, height);
  svgNode.append(svg("defs", {}, svg("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 18, refY: 5,
    markerWidth: 6, markerHeight: 6, orient: "auto-start-reverse" }, svg("path", { d: "M 0 0 L 10 5 L 0 10 z" }))));
  for (const e of edges) {
    const a = nodes[e.a], b = nodes[e.b];
    svgNode.append(svg("line", {
      x1: a.x, y1: a.y, x2: b.x, y2: b.y, class: `rel rel-${slug(e.r.kind)}`,
      "marker-end": e.r.kind === "rivalry" ? null : "url(#arrow)",
    }, svg("title", {}, `${e.r.actor1.name} ${RELATION_KINDS[e.r.kind] || e.r.kind} ${e.r.actor2.name}` +
      ` (${e.r.date_min} to ${e.r.date_max}): ${e.r.source.sentence}`)));
  }
  for (const n of nodes) {
    const g = svg("g", { class: `actor-node${n.id === selected ? " selected" : ""}`, tabindex: 0,
      "data-actor": n.id, onclick: () => onPick(n.id), onkeydown: (ev) => ev.key === "Enter" && onPick(n.id) },
      svg("circle", { cx: n.x, cy: n.y, r: 8, fill: actorColour(n.id) }),
      svg("text", { x: n.x, y: n.y - 11, "text-anchor": "middle" }, shortName(n.name)),
      svg("title", {}, n.name));
    svgNode.append(g);
  }
  const kinds = [...new Set(relations.map((r) => r.kind))];
  for (const kind of kinds) {
    keyNode.append(el("li", {}, el("span", { class: `swatch line rel-${slug(kind)}` }), RELATION_KINDS[kind] || kind));
  }
}

function shortName(name) {
  const m = /\(([^)]+)\)\s*$/.exec(name);
  const text = m ? m[1] : name.replace(/^Military Forces of /, "");
  return text.length > 22 ? `${text.slice(0, 21)}…` : text;
}
