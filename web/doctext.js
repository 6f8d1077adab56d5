// A document's text as text nodes: query words and exemption citations marked, a "Page N" marker where each page
// of a PDF starts, and each of the authority's passages wrapped with a label the caller builds.

import { el } from "./dom.js";

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// Words of the query worth highlighting in a document: no operators, field prefixes or punctuation.
function queryWords(q) {
  const stripped = q.replace(/\b(force|exemption|offence|authority):("[^"]*"|\S+)/g, " ");
  const words = stripped.match(/[\p{L}\p{N}']+\*?/gu) || [];
  return words.filter((w) => !["AND", "OR", "NOT", "NEAR", "XOR"].includes(w) && w.length > 1);
}

// Ranges [start, end, class] of query words and of the document's exemption citations, without overlaps.
function highlightRanges(text, q, exemptions) {
  const ranges = [];
  for (const w of queryWords(q)) {
    const base = w.endsWith("*") ? w.slice(0, -1) : w;
    const stem = base.length > 4 ? base.slice(0, Math.max(4, base.length - 2)) : base;
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(stem)}[\\p{L}\\p{N}]*`, "giu");
    for (const m of text.matchAll(re)) ranges.push([m.index, m.index + m[0].length, "hit"]);
  }
  const sections = new Set(exemptions.map((e) => (e.match(/(\d+[A-Z]?)/) || [])[1]).filter(Boolean));
  const cite = /\b(?:sections?|secs?\.?|ss?\.|s\.?|regulations?|regs?\.?|r\.)\s?(\d{1,3}[A-Z]?)((?:\s?\([0-9A-Za-z]{1,4}\))*)/gi;
  for (const m of text.matchAll(cite)) {
    if (sections.has(m[1].toUpperCase()) || sections.has(m[1])) ranges.push([m.index, m.index + m[0].length, "cite"]);
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out = [];
  for (const r of ranges) if (!out.length || r[0] >= out[out.length - 1][1]) out.push(r);
  return out;
}

export function appendMarked(container, text, q, exemptions = []) {
  let at = 0;
  for (const [start, end, kind] of highlightRanges(text, q, exemptions)) {
    if (start > at) container.append(document.createTextNode(text.slice(at, start)));
    container.append(el("mark", { class: kind, text: text.slice(start, end) }));
    at = end;
  }
  container.append(document.createTextNode(text.slice(at)));
}

// The API gives offsets as UTF-8 bytes (ascending); JavaScript strings count UTF-16 units.
export function byteOffsetsToIndexes(text, offsets) {
  const out = [];
  let bytes = 0;
  let k = 0;
  for (let i = 0; i < text.length && k < offsets.length; ) {
    while (k < offsets.length && bytes >= offsets[k]) out.push(i), k++;
    const cp = text.codePointAt(i);
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    i += cp > 0xffff ? 2 : 1;
  }
  while (k++ < offsets.length) out.push(text.length);
  return out;
}

// Passages in text order, dropping any that overlaps the one before it.
function orderedPassages(passages) {
  const sorted = [...passages].sort((a, b) => a.offset - b.offset);
  const out = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (p.length > 0 && (!last || p.offset >= last.offset + last.length)) out.push(p);
  }
  return out;
}

// Where each page starts and each passage starts and ends, as string indexes, in text order. At one index a
// passage ends before a page starts, and a page starts before a passage does.
function boundaries(text, pages, passages) {
  const events = [];
  const pageStarts = byteOffsetsToIndexes(text, pages.map((p) => p.offset));
  pages.forEach((p, i) => events.push({ at: pageStarts[i], order: 1, page: p.page }));
  const spans = orderedPassages(passages);
  const ends = byteOffsetsToIndexes(text, spans.flatMap((p) => [p.offset, p.offset + p.length]));
  spans.forEach((p, i) => {
    events.push({ at: ends[2 * i], order: 2, passage: p });
    events.push({ at: ends[2 * i + 1], order: 0, end: true });
  });
  return events.sort((a, b) => a.at - b.at || a.order - b.order);
}

// Renders text into container. Each passage becomes <span class="passage" data-passage=ID> holding
// label(passage) then its text; a page break inside a passage continues it in a second span with no label.
export function renderDocText(container, text, { q = "", exemptions = [], pages = [], passages = [], label = () => null } = {}) {
  container.replaceChildren();
  let at = 0;
  let body = container;
  let current = null;
  const flush = (to) => {
    if (to > at) appendMarked(body, text.slice(at, to), q, exemptions);
    at = Math.max(at, to);
  };
  for (const e of boundaries(text, pages, passages)) {
    flush(e.at);
    if (e.end) {
      current = null;
      body = container;
    } else if (e.passage) {
      current = e.passage;
      body = el("span", { class: "passage", "data-passage": current.id, "data-role": current.role }, label(current));
      container.append(body);
    } else {
      container.append(el("span", { class: "page-marker", id: `page-${e.page}`, text: `Page ${e.page}` }));
      if (current) {
        body = el("span", { class: "passage continued", "data-passage": current.id, "data-role": current.role });
        container.append(body);
      }
    }
  }
  flush(text.length);
}

// A thread's messages (API.md "/api/doc" messages) in people's words.
const SIDES = { requester: "Requester", authority: "Authority", third_party: "Third party" };
const ROLES = {
  request: "Request",
  acknowledgement: "Acknowledgement",
  response: "Response",
  review_request: "Internal review request",
  review_response: "Internal review response",
  annotation: "Annotation",
  other: "Message",
};
const label = (table, value) => (Object.hasOwn(table, value) ? table[value] : value);

// Pages and passages inside the byte span [from, to), with offsets from its start.
function within(options, from, to) {
  const inside = (x, length = 0) => x.offset >= from && x.offset + length <= to;
  return {
    ...options,
    pages: options.pages.filter((p) => inside(p)).map((p) => ({ ...p, offset: p.offset - from })),
    passages: options.passages.filter((p) => inside(p, p.length)).map((p) => ({ ...p, offset: p.offset - from })),
  };
}

function messageHead(m) {
  const sender = m.sender || (m.side === "requester" ? "The requester" : "Unnamed sender");
  const role = label(ROLES, m.role);
  return el("span", { class: "message-head" },
    el("strong", { class: "sender", text: sender }), " ",
    el("span", { class: "chip side", text: label(SIDES, m.side) }), " ",
    el("span", { class: "chip role", text: role }), " ",
    el("time", { class: "date", text: m.date || "undated", ...(m.date ? { datetime: m.date } : {}) }));
}

// Renders a thread into container: each message a block headed by its sender, side, role and date, with its
// text rendered as renderDocText does (marks, page markers, passages); text outside every message (the title)
// stays plain text between them.
export function renderThread(container, text, messages, options = {}) {
  const opts = { pages: [], passages: [], ...options };
  container.replaceChildren();
  const spans = [...messages].sort((a, b) => a.offset - b.offset).filter((m, i, all) => m.length > 0 && (i === 0 || m.offset >= all[i - 1].offset + all[i - 1].length));
  const at = byteOffsetsToIndexes(text, spans.flatMap((m) => [m.offset, m.offset + m.length]));
  let index = 0;
  let byte = 0;
  const part = (cls, from, to, fromByte, toByte) => {
    const body = el("span", { class: cls });
    renderDocText(body, text.slice(from, to), within(opts, fromByte, toByte));
    return body;
  };
  spans.forEach((m, i) => {
    if (at[2 * i] > index) container.append(part("thread-text", index, at[2 * i], byte, m.offset));
    const head = messageHead(m);
    container.append(el("span", { class: "thread-message", role: "group", "data-side": m.side, "aria-label": `${label(ROLES, m.role)} from ${m.sender || label(SIDES, m.side)}, ${m.date || "undated"}` },
      head, part("message-body", at[2 * i], at[2 * i + 1], m.offset, m.offset + m.length)));
    index = at[2 * i + 1];
    byte = m.offset + m.length;
  });
  if (index < text.length) container.append(part("thread-text", index, text.length, byte, Infinity));
}
