// The timeline: events per day stacked by type; brushing a range calls `onBrush(since, until)`.
import { axisBottom } from "d3-axis";
import { brushX } from "d3-brush";
import { scaleLinear, scaleUtc } from "d3-scale";
import { select } from "d3-selection";
import { utcFormat } from "d3-time-format";
import { typeColor } from "./colors.js";

const DAY = 86_400_000;
const iso = utcFormat("%Y-%m-%d");

/** Draw `rows` ({date, type, events}) into `element`; the brush shows [since, until]. */
export function drawTimeline(element, rows, { since, until, onBrush }) {
  element.innerHTML = "";
  const width = element.clientWidth || 800;
  const height = 120;
  const margin = { top: 8, right: 12, bottom: 22, left: 12 };
  const svg = select(element).append("svg").attr("width", width).attr("height", height);
  if (!rows.length) {
    svg.append("text").attr("x", 10).attr("y", 40).text("No dated events");
    return;
  }
  const dates = rows.map((r) => Date.parse(r.date));
  const lo = Math.min(...dates) - DAY;
  const hi = Math.max(...dates) + 2 * DAY;
  const x = scaleUtc().domain([lo, hi]).range([margin.left, width - margin.right]);
  // Bars of one day, or of several when there are more days than pixels to draw them in.
  const binDays = Math.max(1, Math.ceil((hi - lo) / DAY / ((width - margin.left - margin.right) / 3)));
  const bins = new Map();
  rows.forEach((row, i) => {
    const start = lo + Math.floor((dates[i] - lo) / (binDays * DAY)) * binDays * DAY;
    const bin = bins.get(start) || new Map();
    bin.set(row.type, (bin.get(row.type) || 0) + row.events);
    bins.set(start, bin);
  });
  const totals = [...bins.values()].map((b) => [...b.values()].reduce((s, n) => s + n, 0));
  const y = scaleLinear().domain([0, Math.max(...totals)]).range([height - margin.bottom, margin.top]);
  const barWidth = Math.max(2, x(lo + binDays * DAY) - x(lo) - 1);
  const label = utcFormat("%Y-%m-%d");
  const bars = [];
  for (const [start, bin] of bins) {
    let base = 0;
    for (const [type, count] of bin) {
      bars.push({ start, type, count, base });
      base += count;
    }
  }
  svg
    .append("g")
    .selectAll("rect")
    .data(bars)
    .join("rect")
    .attr("class", "bar")
    .attr("x", (d) => x(d.start))
    .attr("width", barWidth)
    .attr("y", (d) => y(d.base + d.count))
    .attr("height", (d) => y(d.base) - y(d.base + d.count))
    .attr("fill", (d) => typeColor(d.type))
    .append("title")
    .text((d) => `${label(d.start)}${binDays > 1 ? ` (+${binDays - 1} days)` : ""} ${d.type}: ${d.count}`);
  svg
    .append("g")
    .attr("transform", `translate(0,${height - margin.bottom})`)
    .call(axisBottom(x).ticks(Math.max(2, Math.floor(width / 110))));
  const brush = brushX()
    .extent([
      [margin.left, margin.top],
      [width - margin.right, height - margin.bottom],
    ])
    .on("end", (event) => {
      if (!event.sourceEvent) return; // moved by code, not by the user
      if (!event.selection) return onBrush(null, null);
      const [a, b] = event.selection.map((px) => x.invert(px));
      onBrush(iso(a), iso(b));
    });
  const g = svg.append("g").attr("class", "brush").call(brush);
  if (since || until) {
    const a = since ? x(Date.parse(since)) : margin.left;
    const b = until ? x(Date.parse(until) + DAY) : width - margin.right;
    if (Number.isFinite(a) && Number.isFinite(b) && b > a) g.call(brush.move, [a, b]);
  }
}
