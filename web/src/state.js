// The view's state lives in the URL hash (#/route?filters) so a view can be shared.

export const FILTER_KEYS = ["type", "actor", "country", "since", "until"];

/** The current route and its parameters, from location.hash. */
export function readHash() {
  const raw = location.hash.replace(/^#/, "") || "/";
  const [path, query = ""] = raw.split("?");
  const params = Object.fromEntries(new URLSearchParams(query));
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  return { parts, params };
}

/** A hash for a route and parameters, empty values dropped. */
export function makeHash(parts, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  const path = "/" + parts.map(encodeURIComponent).join("/");
  return `#${path}${query.toString() ? `?${query}` : ""}`;
}

/** Only the event filters of a parameter object. */
export function filtersOf(params) {
  return Object.fromEntries(FILTER_KEYS.filter((k) => params[k]).map((k) => [k, params[k]]));
}
