// The event map: Natural Earth country outlines (bundled, works offline), optional tiles,
// circle markers coloured by type and sized by fatalities, clustered.
import L from "./leaflet-global.js";
import "leaflet.markercluster";
import "leaflet/dist/leaflet.css";
import "leaflet.markercluster/dist/MarkerCluster.css";
import "leaflet.markercluster/dist/MarkerCluster.Default.css";
import { feature } from "topojson-client";
import countries from "world-atlas/countries-110m.json";
import { typeColor } from "./colors.js";

let outlines = null;
// One canvas for all markers: thousands of SVG paths would make the first view slow.
const renderer = L.canvas({ padding: 0.5 });

function countryLayer() {
  if (!outlines) outlines = feature(countries, countries.objects.countries);
  return L.geoJSON(outlines, {
    style: { color: "#8a8f98", weight: 0.7, fillColor: "#eef0f2", fillOpacity: 1 },
    interactive: false,
  });
}

/** Marker radius in pixels: grows with the square root of the killed. */
export function radiusFor(killed) {
  return 5 + Math.min(20, Math.sqrt(killed || 0) * 2.5);
}

/** A map in `element`; `tiles` is an optional tile URL template (none by default: offline). */
export function createMap(element, { tiles } = {}) {
  const map = L.map(element, { worldCopyJump: true, minZoom: 1, maxZoom: 18 }).setView([20, 40], 2);
  countryLayer().addTo(map);
  if (tiles) L.tileLayer(tiles, { maxZoom: 18, attribution: "tiles" }).addTo(map);
  const cluster = L.markerClusterGroup({ chunkedLoading: true, maxClusterRadius: 40 });
  map.addLayer(cluster);
  return { map, cluster };
}

/** Replace the markers with these points; returns how many are shown. */
export function showPoints({ map, cluster }, points, onOpen) {
  cluster.clearLayers();
  const markers = points.map((p) => {
    const marker = L.circleMarker([p.lat, p.lon], {
      radius: radiusFor(p.killed),
      color: "#222",
      weight: 1,
      fillColor: typeColor(p.type),
      fillOpacity: 0.8,
      renderer,
      className: `event-marker type-${p.type}`,
    });
    const killed = p.killed ? `, ${p.killed} killed` : "";
    marker.bindTooltip(`${p.type} ${p.date_start || ""} ${p.place || ""}${killed}`);
    marker.on("click", () => onOpen(p.id));
    return marker;
  });
  cluster.addLayers(markers);
  if (points.length) {
    const bounds = L.latLngBounds(points.map((p) => [p.lat, p.lon]));
    map.fitBounds(bounds.pad(0.3), { maxZoom: 6 });
  }
  return points.length;
}
