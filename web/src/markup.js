// Article text with entities marked (in the manner of displaCy) and evidence highlighted.

export function escapeHtml(text) {
  return String(text ?? "").replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c],
  );
}

/**
 * HTML of `text` where each entity span becomes <mark class="ent"> with its label and each
 * character inside `evidence` spans sits in <span class="evidence">. Spans are [start, end).
 */
export function markText(text, entities, evidence) {
  const cuts = new Set([0, text.length]);
  const ents = [];
  for (const entity of entities) {
    for (const [start, end] of entity.spans) {
      if (start >= 0 && end <= text.length && end > start) {
        ents.push({ start, end, entity });
        cuts.add(start);
        cuts.add(end);
      }
    }
  }
  for (const [start, end] of evidence) {
    cuts.add(Math.max(0, start));
    cuts.add(Math.min(text.length, end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  let html = "";
  for (let i = 0; i < points.length - 1; i++) {
    const [a, b] = [points[i], points[i + 1]];
    let piece = escapeHtml(text.slice(a, b));
    const ent = ents.find((e) => e.start <= a && b <= e.end);
    if (ent) {
      const label = escapeHtml(ent.entity.type);
      const last = ent.end === b ? `<span class="ent-label">${label}</span>` : "";
      piece = `<mark class="ent ent-${label}" title="${escapeHtml(ent.entity.name)}">${piece}${last}</mark>`;
    }
    if (evidence.some(([s, e]) => s <= a && b <= e)) {
      piece = `<span class="evidence">${piece}</span>`;
    }
    html += piece;
  }
  return html;
}
