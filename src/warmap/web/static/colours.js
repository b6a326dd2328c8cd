// Colours for event types (markers, legend) and actors (control rings, graph nodes).

export const EVENT_TYPES = {
  "Battles": "#d62728",
  "Explosions/Remote violence": "#ff7f0e",
  "Violence against civilians": "#9467bd",
  "Protests": "#2ca02c",
  "Riots": "#8c564b",
  "Strategic developments": "#1f77b4",
};

const ACTORS = {
  isis: "#111111",
  syrian_army: "#c0392b", syrian_air_force: "#c0392b", ndf: "#e74c3c", hezbollah: "#f1c40f",
  iraqi_army: "#117a65", iraqi_air_force: "#117a65", iraqi_police: "#16a085", pmf: "#1a5276",
  ypg: "#d4ac0d", ypj: "#d4ac0d", sdf: "#b7950b", pkk: "#9a7d0a", peshmerga: "#7d6608",
  fsa: "#27ae60", syrian_rebels: "#52be80", jabhat_al_nusra: "#4d5656", hts: "#5d6d7e",
  al_qaeda: "#2c3e50", ahrar_al_sham: "#7dcea0", turkish_military: "#c2185b",
  russian_military: "#6c3483", us_military: "#2874a6", coalition: "#2874a6",
};
const SPARE = ["#8e44ad", "#d35400", "#2e4053", "#a04000", "#1e8449", "#76448a", "#b03a2e", "#5499c7"];

export function typeColour(eventType) {
  return EVENT_TYPES[eventType] || "#7f8c8d";
}

export function actorColour(id) {
  if (ACTORS[id]) return ACTORS[id];
  let h = 0;
  for (const ch of String(id)) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return SPARE[h % SPARE.length];
}
