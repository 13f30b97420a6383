// Thin wrappers over the REST API: every call goes to /api on the same server.

/** GET a JSON resource; throws an Error naming the path on a non-2xx answer. */
export async function getJSON(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") query.set(key, value);
  }
  const url = `/api${path}${query.toString() ? `?${query}` : ""}`;
  const response = await fetch(url);
  if (!response.ok) {
    let detail = response.statusText;
    try {
      detail = JSON.stringify((await response.json()).detail);
    } catch {
      /* not JSON */
    }
    throw new Error(`${url}: ${response.status} ${detail}`);
  }
  return response.json();
}

export const enc = encodeURIComponent;
