// The page's state and the URL: every state is a URL, so reload, Back/Forward and shared links land on the same
// view. readState() reads it, urlFor() writes it, navigate()/go() push a history entry and render it.

import { el } from "./dom.js";

// Facet filters each view offers: [URL parameter, title].
export const SEARCH_FACETS = [
  ["doc_type", "Kind of document"],
  ["force", "Force"],
  ["exemption", "Exemption"],
  ["offence", "Offence"],
  ["authority", "Authority"],
  ["outcome", "Outcome"],
  ["ncnd", "Neither confirm nor deny"],
];
export const PASSAGE_FACETS = [
  ["role", "Role"],
  ["exemption", "Exemption"],
  ["authority", "Authority"],
  ["doc_type", "Kind of document"],
];
// The document kinds (API.md "Document kinds") in the words people use; an unknown value shows as itself.
const DOC_TYPE_LABELS = {
  response: "Responses",
  internal_review: "Internal reviews",
  thread: "Request threads",
  request: "Requests",
  decision_notice: "Decision notices",
  tribunal_decision: "Tribunal decisions",
  guidance: "Guidance",
  other: "Other documents",
};
export function docTypeLabel(value) {
  return Object.hasOwn(DOC_TYPE_LABELS, value) ? DOC_TYPE_LABELS[value] : value;
}
// The ncnd facet's values (API.md "Neither confirm nor deny") as sentences.
const NCND_LABELS = { yes: "Neither confirms nor denies", no: "Confirms or denies" };
export function ncndLabel(value) {
  return Object.hasOwn(NCND_LABELS, value) ? NCND_LABELS[value] : value;
}
// A hit's kind as one item: "Response", "Tribunal decision".
export function docTypeName(value) {
  const label = docTypeLabel(value);
  if (label === "Guidance" || label === value) return label;
  return label.replace(/s$/, "").replace(/^Other documents?$/, "Other");
}

const FILTERS = ["doc_type", "force", "exemption", "offence", "authority", "outcome", "ncnd", "role"];

export function readState() {
  const p = new URLSearchParams(location.search);
  const filters = {};
  for (const name of FILTERS) filters[name] = p.getAll(name);
  return {
    view: p.get("view") === "precedents" ? "precedents" : "search",
    q: p.get("q") || "",
    filters,
    from: p.get("from") || "",
    to: p.get("to") || "",
    sort: p.get("sort") || "relevance",
    words: p.get("words_only") === "1", // "section 30" as words only, not also exemption s30
    match: p.get("exemption_match") === "all" ? "all" : "any", // ticked exemptions: any of them, or all
    page: Math.min(Number.MAX_SAFE_INTEGER, Math.max(1, parseInt(p.get("page") || "1", 10) || 1)), // "1e+21" is no page
    doc: p.get("doc") || "", // the document open over the view
    at: p.get("at") || "", // the passage of that document to scroll to
    docpage: p.get("docpage") || "", // the page of that document to scroll to (a PDF hit's page)
    like: p.get("like") || "", // search: the hit whose "More like this" list is open
    passage: p.get("passage") || "", // precedents: passages worded like this passage
    text: p.get("text") || "", // precedents: passages worded like this pasted paragraph
    paste: p.get("paste") || "", // precedents: a paste too long for the URL, kept in this tab's sessionStorage
    boilerplate: p.get("boilerplate") === "1", // precedents: list acknowledgements and review rights too
    open: p.getAll("open"), // precedents: the cluster cards shown expanded
  };
}

export function emptyState(change = {}) {
  const filters = Object.fromEntries(FILTERS.map((name) => [name, []]));
  return { view: "search", q: "", filters, from: "", to: "", sort: "relevance", words: false, match: "any", page: 1, doc: "", at: "", docpage: "", like: "", passage: "", text: "", paste: "", boilerplate: false, open: [], ...change };
}

export function toParams(s) {
  const p = new URLSearchParams();
  if (s.view === "precedents") p.set("view", "precedents");
  if (s.q) p.set("q", s.q);
  for (const name of FILTERS) for (const v of s.filters[name] || []) p.append(name, v);
  if (s.from) p.set("from", s.from);
  if (s.to) p.set("to", s.to);
  if (s.sort && s.sort !== "relevance") p.set("sort", s.sort);
  if (s.words) p.set("words_only", "1");
  if (s.match === "all") p.set("exemption_match", "all");
  if (s.page > 1) p.set("page", String(s.page));
  if (s.passage) p.set("passage", s.passage);
  if (s.text) p.set("text", s.text);
  if (s.paste) p.set("paste", s.paste);
  if (s.boilerplate) p.set("boilerplate", "1");
  for (const id of s.open || []) p.append("open", id);
  if (s.like) p.set("like", s.like);
  if (s.doc) p.set("doc", s.doc);
  if (s.doc && s.at) p.set("at", s.at);
  if (s.doc && s.docpage) p.set("docpage", s.docpage);
  return p;
}

// A search's words, filters and dates as API parameters (what decides its documents; not its order or page):
// /api/search adds those, /api/cooccurrence its own.
export function searchFilterParams(s) {
  const p = new URLSearchParams();
  if (s.q) p.set("q", s.q);
  for (const [name] of SEARCH_FACETS) for (const v of s.filters[name]) p.append(name, v);
  if (s.from) p.set("from", s.from);
  if (s.to) p.set("to", s.to);
  if (s.words) p.set("words_only", "1");
  if (s.match === "all") p.set("exemption_match", "all");
  return p;
}

export function urlFor(s) {
  const qs = toParams(s).toString();
  return qs ? `/?${qs}` : "/";
}

let renderer = () => {};
export function onNavigate(render) {
  renderer = render;
}

// Pushes a history entry for url and renders it.
export function go(url) {
  history.pushState(null, "", url);
  renderer();
}

// The current state with some fields changed.
export function navigate(change) {
  go(urlFor({ ...readState(), ...change }));
}

// Records a change that needs no new history entry and no re-render (a card opened or closed).
export function replace(change) {
  history.replaceState(null, "", urlFor({ ...readState(), ...change }));
}

// A link to a state that a plain click follows without reloading the page (modified clicks open a tab).
export function link(state, props) {
  const url = urlFor(state);
  return el("a", {
    href: url,
    ...props,
    onclick: (e) => {
      if (e.ctrlKey || e.metaKey || e.shiftKey || e.altKey || e.button !== 0) return;
      e.preventDefault();
      go(url);
    },
  });
}

// Marks the page as showing what the URL asks for (tests and assistive tools can wait for it).
export function settled() {
  document.body.dataset.rendered = location.search;
}

// Each render takes a ticket; an answer that arrives after a newer render has started is dropped.
let generation = 0;
export function newTicket() {
  const mine = ++generation;
  return () => mine === generation;
}
