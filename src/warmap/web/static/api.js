// The JSON API, one function per endpoint. Errors come back as {"error": "..."}.

async function getJSON(path, params = {}) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== "" && v !== null && v !== undefined) query.set(k, v);
  const url = query.toString() ? `${path}?${query}` : path;
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || `${response.status} from ${path}`);
  return body;
}

export const api = {
  summary: () => getJSON("/api/summary"),
  actors: () => getJSON("/api/actors"),
  events: (params) => getJSON("/api/events", params),
  histogram: (params) => getJSON("/api/histogram", params),
  event: (id) => getJSON(`/api/events/${encodeURIComponent(id)}`),
  document: (id) => getJSON(`/api/documents/${encodeURIComponent(id)}`),
  control: (at) => getJSON("/api/control", { at }),
  controlAreas: (at) => getJSON("/api/control/areas", { at }),
  labels: (bbox, zoom) => getJSON("/api/labels", { bbox, zoom }),
  relations: (at, actor) => getJSON("/api/relations", { at, actor }),
};
