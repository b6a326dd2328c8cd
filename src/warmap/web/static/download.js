// "Download this view": the events listed (the date window, the filters and the map's
// extent), as CSV or GeoJSON, built in the page from the events it already has.

const COLUMNS = [
  ["id", (e) => e.id], ["date", (e) => e.date], ["date_min", (e) => e.date_min], ["date_max", (e) => e.date_max],
  ["event_type", (e) => e.event_type], ["sub_event_type", (e) => e.sub_event_type],
  ["actor1", (e) => e.actor1?.name], ["actor1_id", (e) => e.actor1?.id],
  ["actor2", (e) => e.actor2?.name], ["actor2_id", (e) => e.actor2?.id],
  ["location", (e) => e.location?.name], ["admin1", (e) => e.location?.admin1], ["country", (e) => e.location?.country],
  ["latitude", (e) => e.location?.lat], ["longitude", (e) => e.location?.lon],
  ["fatalities", (e) => e.fatalities], ["confidence", (e) => e.confidence],
  ["sources", (e) => (e.sources || []).map((s) => s.document).join("; ")],
];

function cell(value) {
  if (value === null || value === undefined) return "";
  let text = String(value);
  // a cell a spreadsheet would run as a formula is kept as text
  if (/^[=+\-@\t\r]/.test(text) && typeof value === "string") text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCSV(events) {
  const lines = [COLUMNS.map(([name]) => name).join(",")];
  for (const e of events) lines.push(COLUMNS.map(([, get]) => cell(get(e))).join(","));
  return lines.join("\r\n") + "\r\n";
}

export function toGeoJSON(events) {
  return JSON.stringify({
    type: "FeatureCollection",
    features: events.filter((e) => e.location).map((e) => ({
      type: "Feature",
      id: e.id,
      geometry: { type: "Point", coordinates: [e.location.lon, e.location.lat] },
      properties: e,
    })),
  });
}

/** Hand the browser a file to save. */
export function save(name, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
