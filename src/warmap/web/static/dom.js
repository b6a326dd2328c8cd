// DOM building without HTML strings: article text and titles are hostile, so every
// piece of data goes in through textContent or setAttribute on a fixed name.

const SVG_NS = "http://www.w3.org/2000/svg";

/** el("p", {class: "x"}, "text", child) -> <p class="x">text<child/></p> */
export function el(tag, attrs = {}, ...children) {
  return build(document.createElement(tag), attrs, children);
}

/** The same for SVG elements. */
export function svg(tag, attrs = {}, ...children) {
  return build(document.createElementNS(SVG_NS, tag), attrs, children);
}

function build(node, attrs, children) {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith("on")) {
      // handlers are functions only: never an attribute string the page would run
      if (typeof value === "function") node.addEventListener(name.slice(2), value);
      continue;
    }
    node.setAttribute(name, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Remove every child (instead of assigning an empty HTML string). */
export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

/** A safe class-name fragment from an id or a label. */
export function slug(text) {
  return String(text || "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}
