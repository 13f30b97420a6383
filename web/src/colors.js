// One colour per PLOVER event type, shared by the map, the timeline and the legend.
const PALETTE = {
  ASSAULT: "#d62728",
  COERCE: "#ff7f0e",
  PROTEST: "#9467bd",
  MOBILIZE: "#8c564b",
  CONSULT: "#1f77b4",
  AGREE: "#2ca02c",
  ACCUSE: "#e377c2",
  THREATEN: "#bcbd22",
  SUPPORT: "#17becf",
  AID: "#7f7f7f",
};

export function typeColor(type) {
  return PALETTE[type] || "#555";
}
