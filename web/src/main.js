// The dashboard: a hash router over the map view and the event, actor and search pages.
import "./style.css";
import { getJSON } from "./api.js";
import { typeColor } from "./colors.js";
import { createMap, showPoints } from "./map.js";
import { actorPage, eventPage, searchPage } from "./pages.js";
import { FILTER_KEYS, filtersOf, makeHash, readHash } from "./state.js";
import { drawTimeline } from "./timeline.js";
import { escapeHtml as h } from "./markup.js";

const view = document.getElementById("view");
const filterForm = document.getElementById("filters");
const searchForm = document.getElementById("search");
let mapState = null;
// The latest events first: beyond this many, the view asks to narrow the filters or brush.
const MAX_POINTS = 1000;

function syncForm(params) {
  for (const key of FILTER_KEYS) filterForm.elements[key].value = params[key] || "";
}

async function loadTypes() {
  const rows = await getJSON("/stats/events-per-day");
  const types = [...new Set(rows.map((r) => r.type))].sort();
  const select = filterForm.elements.type;
  for (const type of types) select.append(new Option(type, type));
  syncForm(readHash().params);
}

async function mapView(params) {
  const filters = filtersOf(params);
  if (!mapState) {
    view.innerHTML = `
      <section class="map-view">
        <div id="map" data-points="0"></div>
        <div id="legend"></div>
        <div id="timeline" title="Drag to choose a date range"></div>
        <p id="status" class="status"></p>
      </section>`;
    mapState = createMap(view.querySelector("#map"), { tiles: params.tiles });
  }
  const { since, until, ...undated } = filters;
  const [points, perDay] = await Promise.all([
    getJSON("/events/points", { ...filters, limit: MAX_POINTS }),
    getJSON("/stats/events-per-day", undated),
  ]);
  const shown = showPoints(mapState, points, (id) => (location.hash = makeHash(["event", id])));
  const mapElement = view.querySelector("#map");
  mapElement.dataset.points = String(shown);
  view.querySelector("#status").textContent =
    `${shown} located events shown` +
    (since || until ? ` from ${since || "…"} to ${until || "…"}` : "") +
    (shown >= MAX_POINTS ? ` (the latest ${MAX_POINTS}; brush the timeline or filter to see others)` : "");
  const types = [...new Set(points.map((p) => p.type))].sort();
  view.querySelector("#legend").innerHTML = types
    .map((t) => `<span class="swatch" style="background:${typeColor(t)}"></span>${h(t)}`)
    .join(" ");
  drawTimeline(view.querySelector("#timeline"), perDay, {
    since,
    until,
    onBrush: (from, to) => {
      location.hash = makeHash([], { ...readHash().params, since: from, until: to });
    },
  });
}

async function route() {
  const { parts, params } = readHash();
  syncForm(params);
  try {
    if (parts[0] === "event" && parts[1]) {
      mapState = null;
      await eventPage(view, parts[1]);
    } else if (parts[0] === "actor" && parts[1]) {
      mapState = null;
      await actorPage(view, parts[1]);
    } else if (parts[0] === "search") {
      mapState = null;
      searchForm.elements.q.value = params.q || "";
      await searchPage(view, params.q || "");
    } else {
      await mapView(params);
    }
    document.body.dataset.ready = "true";
  } catch (error) {
    console.error(error);
    view.innerHTML = `<p class="error">${h(error.message || String(error))}</p>`;
  }
}

filterForm.addEventListener("submit", (event) => {
  event.preventDefault();
  const data = Object.fromEntries(new FormData(filterForm));
  data.country = (data.country || "").toUpperCase();
  location.hash = makeHash([], data);
});
document.getElementById("clear").addEventListener("click", () => {
  location.hash = makeHash([]);
});
searchForm.addEventListener("submit", (event) => {
  event.preventDefault();
  const q = searchForm.elements.q.value.trim();
  if (q) location.hash = makeHash(["search"], { q });
});
window.addEventListener("hashchange", () => {
  document.body.dataset.ready = "false";
  route();
});
loadTypes().catch(() => {});
route();
