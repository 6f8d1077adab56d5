// A case's path in the document view: the reply, its review, the decision notice and the tribunal appeal that
// name one another's references (/api/doc "path"), as a dated timeline; each step a link. The decisions the
// document cites or is cited in, and letters naming the same ICO case or appeal, are no steps of it: they follow in a list of
// their own. Text from documents goes in through textContent (dom.js el), never as markup.

import { el, chip } from "./dom.js";
import { docTypeName, link } from "./state.js";
import { formatDate } from "./dates.js";

const RELATIONS = {
  "review of": "Review of",
  "decision on": "Decision on",
  "appeal against": "Appeal against",
  "reviewed in": "Reviewed in",
  "decided in": "Decided in",
  "appealed in": "Appealed in",
  // What the listed decision is, the timeline's order said in words: via is the later, this the earlier.
  "later decision in the same appeal": "Earlier decision in the same appeal",
  "earlier decision in the same appeal": "Later decision in the same appeal",
  "decision in the same appeal": "Another decision in the same appeal",
  cites: "Cites",
  "cited in": "Cited in",
  names: "Names",
  "named in": "Named in",
  "names the same ICO case": "Names the same ICO case as",
  "names the same appeal": "Names the same appeal as",
};

// Links that are no step of the case (API.md, "A case's path").
const CITATIONS = new Set([
  "cites", "cited in", "names", "named in", "names the same ICO case", "names the same appeal",
]);

// Undated steps last; the same date keeps the order the server gave (nearest first).
function byDate(a, b) {
  if (!a.date !== !b.date) return a.date ? -1 : 1;
  return (a.date || "").localeCompare(b.date || "");
}

function step(s, item, titles, docId, current) {
  const when = el("time", { class: "path-date", text: item.date ? formatDate(item.date) : "undated" });
  if (item.date) when.setAttribute("datetime", item.date);
  const head = el("p", { class: "path-head" }, chip(docTypeName(item.doc_type), "kind"));
  if (item.outcome) head.append(chip(item.outcome, "outcome"));
  const body = el("div", { class: "path-body" }, head);
  if (current) {
    body.append(el("p", { class: "path-title path-current", text: `${item.title || item.id} (this document)` }));
  } else {
    body.append(link({ ...s, doc: item.id, at: "", docpage: "" }, { class: "path-title", text: item.title || item.id }));
    const via = item.via === docId ? "" : ` (via ${titles.get(item.via) || item.via})`;
    body.append(el("p", { class: "path-relation", text: `${RELATIONS[item.relation] || item.relation}${via} · ref ${item.reference}` }));
  }
  return el("li", { class: current ? "path-step current" : "path-step" }, when, body);
}

// Fills `container` with the path of document `d`, or hides it when no other document is linked.
export function renderCasePath(container, s, d) {
  container.replaceChildren();
  const path = Array.isArray(d.path) ? d.path : [];
  container.hidden = path.length === 0;
  if (!path.length) return;
  const titles = new Map([[d.id, d.title || d.id]]);
  for (const item of path) titles.set(item.id, item.title || item.id);
  const cited = path.filter((item) => CITATIONS.has(item.relation));
  const onPath = path.filter((item) => !CITATIONS.has(item.relation));
  if (onPath.length) {
    const here = { id: d.id, title: d.title, date: d.date, doc_type: d.doc_type, outcome: d.outcome };
    const steps = [...onPath.map((item) => ({ item, current: false })), { item: here, current: true }];
    steps.sort((a, b) => byDate(a.item, b.item));
    container.append(
      el("h3", { text: "The case's path" }),
      el("ol", { class: "path" }, ...steps.map(({ item, current }) => step(s, item, titles, d.id, current))),
    );
  }
  if (cited.length) {
    container.append(
      el("h3", { text: "Decisions cited, and documents naming the same case" }),
      el("ul", { class: "path path-cited" }, ...cited.map((item) => step(s, item, titles, d.id, false))),
    );
  }
}
