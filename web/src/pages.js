// The event, actor and search pages.
import { forceCenter, forceLink, forceManyBody, forceSimulation } from "d3-force";
import { select } from "d3-selection";
import { enc, getJSON } from "./api.js";
import { typeColor } from "./colors.js";
import { escapeHtml as h, markText } from "./markup.js";
import { makeHash } from "./state.js";

const eventLink = (id, label) => `<a href="${makeHash(["event", id])}">${h(label ?? id)}</a>`;
const actorLink = (id, label) =>
  id ? `<a href="${makeHash(["actor", id])}">${h(label ?? id)}</a>` : h(label ?? "");

function fieldTable(pairs) {
  const rows = pairs
    .filter(([, v]) => v !== null && v !== undefined && v !== "")
    .map(([k, v]) => `<tr><th>${h(k)}</th><td>${v}</td></tr>`)
    .join("");
  return `<table class="fields">${rows}</table>`;
}

export async function eventPage(view, id) {
  const event = await getJSON(`/events/${enc(id)}`);
  const conflicts = Object.entries(event.conflicts || {})
    .map(([k, v]) => `${k}: ${v.join(" / ")}`)
    .join("; ");
  view.innerHTML = `
    <article class="page event-page">
      <h1><span class="type-chip" style="background:${typeColor(event.type)}">${h(event.type)}</span>
        ${h(event.date_start || "")} ${h(event.place || "")}</h1>
      ${fieldTable([
        ["mode", h(event.mode)],
        ["ACLED", h([event.acled_event_type, event.acled_sub_event_type].filter(Boolean).join(" / "))],
        ["date", h(event.date)],
        ["who", actorLink(event.actor1_id, event.actor1)],
        ["whom", actorLink(event.actor2_id, event.actor2)],
        ["where", h([event.place, event.admin2, event.admin1, event.country].filter(Boolean).join(", "))],
        ["killed", h(event.killed)],
        ["injured", h(event.injured)],
        ["arrested", h(event.arrested)],
        ["kidnapped", h(event.kidnapped)],
        ["sources disagree", h(conflicts)],
        ["modality", h(event.modality)],
        ["sources", h(`${event.num_sources} outlets, ${event.num_articles} articles`)],
      ])}
      <h2>Actors</h2>
      <ul class="actors">${event.actors
        .map((a) => `<li>${h(a.role)}: ${actorLink(a.id, a.name)}</li>`)
        .join("")}</ul>
      <h2>Sources</h2>
      <div id="sources"></div>
    </article>`;
  const sources = view.querySelector("#sources");
  for (const mention of event.mentions) {
    const section = document.createElement("section");
    section.className = "source";
    section.innerHTML = `<h3>${h(mention.outlet || "")} — ${h(mention.title || mention.name || "")}
      <small>${h(mention.published || "")}</small></h3>
      ${mention.url ? `<p><a href="${h(mention.url)}" rel="noreferrer">${h(mention.url)}</a></p>` : ""}
      <div class="article">loading…</div>`;
    sources.append(section);
    const doc = await getJSON(`/documents/${enc(mention.document_id)}`);
    const spans = mention.evidence_spans.map((s) => [s.start, s.end]);
    section.querySelector(".article").innerHTML = markText(doc.text, doc.entities, spans);
  }
}

export async function actorPage(view, id) {
  const actor = await getJSON(`/actors/${enc(id)}`);
  const roles = actor.roles
    .map(
      (r) => `<tr><td>${h(r.date || "")}</td><td>${h(r.title)}</td><td>${h(r.organisation || "")}</td>
        <td>${r.current ? "current" : "former"}</td><td>${h(r.outlet || "")} ${h(r.title_1 || "")}</td></tr>`,
    )
    .join("");
  view.innerHTML = `
    <article class="page actor-page">
      <h1>${h(actor.name)} <small>${h(actor.type || "")} ${h(actor.country || "")}</small></h1>
      <h2>Aliases</h2>
      <ul class="aliases">${actor.aliases.map((a) => `<li>${h(a.name)} (${a.articles})</li>`).join("")}</ul>
      <h2>Roles over time</h2>
      ${roles ? `<table class="roles"><tr><th>date</th><th>title</th><th>organisation</th><th></th><th>source</th></tr>${roles}</table>` : "<p class='none'>No roles reported.</p>"}
      <h2>Status</h2>
      <ul>${actor.statuses.map((s) => `<li>${h(s.date || "")} ${h(s.value)}</li>`).join("") || "<li>none reported</li>"}</ul>
      <h2>Network</h2>
      <div id="network"></div>
      <h2>Events</h2>
      <ul class="events">${actor.events
        .map((e) => `<li>${e.date_start || ""} ${eventLink(e.id, e.type)} ${h(e.place || "")} (${h(e.role)})</li>`)
        .join("")}</ul>
    </article>`;
  drawNetwork(view.querySelector("#network"), actor);
}

function drawNetwork(element, actor) {
  const width = 520;
  const height = 320;
  const nodes = [{ id: actor.id, name: actor.name, self: true }].concat(
    actor.network.map((n) => ({ id: n.id, name: n.name, events: n.events })),
  );
  const links = actor.network.map((n) => ({ source: actor.id, target: n.id, weight: n.events }));
  const svg = select(element).append("svg").attr("width", width).attr("height", height);
  const line = svg.append("g").selectAll("line").data(links).join("line")
    .attr("stroke", "#999").attr("stroke-width", (d) => 1 + d.weight);
  const node = svg.append("g").selectAll("g").data(nodes).join("g").attr("class", "node");
  node.append("circle").attr("r", (d) => (d.self ? 10 : 7)).attr("fill", (d) => (d.self ? "#d62728" : "#1f77b4"));
  node.append("a").attr("href", (d) => makeHash(["actor", d.id]))
    .append("text").attr("x", 12).attr("y", 4).text((d) => d.name);
  forceSimulation(nodes)
    .force("link", forceLink(links).id((d) => d.id).distance(110))
    .force("charge", forceManyBody().strength(-250))
    .force("center", forceCenter(width / 2, height / 2))
    .on("tick", () => {
      line.attr("x1", (d) => d.source.x).attr("y1", (d) => d.source.y)
        .attr("x2", (d) => d.target.x).attr("y2", (d) => d.target.y);
      node.attr("transform", (d) => `translate(${d.x},${d.y})`);
    });
}

export async function searchPage(view, q) {
  const [events, actors] = await Promise.all([
    getJSON("/search", { q, limit: 100 }),
    getJSON("/actors", { name: q, limit: 20 }),
  ]);
  view.innerHTML = `
    <article class="page search-page">
      <h1>Search: ${h(q)}</h1>
      <h2>Actors</h2>
      <ul>${actors.map((a) => `<li>${actorLink(a.id, a.name)} (${a.events} events)</li>`).join("") || "<li>none</li>"}</ul>
      <h2>Events whose evidence mentions it</h2>
      <ul class="results">${events
        .map((e) => `<li>${h(e.date_start || "")} ${eventLink(e.id, e.type)} ${h(e.place || "")} — ${h(e.actor1 || "")}</li>`)
        .join("") || "<li>none</li>"}</ul>
    </article>`;
}
