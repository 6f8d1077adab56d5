// "More like this" under a search hit: the documents worded or cited like it (/api/similar?doc=), opened and
// closed in place. The open list is in the URL (like=ID), so a reload or a shared link shows it again.

import { el, chip, api, renderSnippet } from "./dom.js";
import { docTypeName, link, replace, settled, urlFor } from "./state.js";

const LIMIT = 5;

function similarItem(s, hit) {
  const title = link({ ...s, doc: hit.id, docpage: hit.page ? String(hit.page) : "" }, { class: "hit-title", text: hit.title || hit.id });
  const meta = el("p", { class: "hit-meta" });
  if (hit.doc_type) meta.append(chip(docTypeName(hit.doc_type), "kind"));
  meta.append(chip(hit.authority || "Unknown authority", "authority"), chip(hit.date || "undated", "date"));
  if (hit.shared.length) {
    meta.append(el("span", { class: "shared-label", text: "also cites" }));
    for (const c of hit.shared) meta.append(chip(c, "chip exemption"));
  }
  const snippet = el("p", { class: "snippet" });
  renderSnippet(hit.snippet || "", snippet);
  return el("li", { class: "similar-hit", "data-id": hit.id }, el("h4", {}, title), meta, snippet);
}

async function fill(panel, s, hit) {
  panel.replaceChildren(el("p", { class: "note", text: "Finding documents like this…" }));
  try {
    const data = await api("/api/similar", new URLSearchParams({ doc: hit.id, limit: String(LIMIT) }), "comparison");
    const list = el("ol", { class: "similar-hits" }, ...data.hits.map((h) => similarItem(s, h)));
    const heading = el("p", { class: "similar-heading", text: data.hits.length ? "Worded or cited alike:" : "No other document is worded or cited like this one." });
    panel.replaceChildren(heading, data.hits.length ? list : null);
  } catch (e) {
    panel.replaceChildren(el("p", { class: "message error", text: e.message }));
  }
}

// The "More like this" link of a hit and the list it opens below `item`; opened at once when the URL says so.
export function moreLikeThis(s, hit, item) {
  const panelId = `like-${encodeURIComponent(hit.id)}`;
  const toggle = el("a", {
    href: urlFor({ ...s, like: hit.id }),
    class: "more-like",
    text: "More like this",
    "aria-expanded": "false",
    "aria-controls": panelId,
    "aria-label": `More like this: documents worded or cited like ${hit.title || hit.id}`,
  });
  const open = async () => {
    for (const other of document.querySelectorAll(".similar-docs")) other.remove();
    for (const a of document.querySelectorAll(".more-like[aria-expanded=true]")) a.setAttribute("aria-expanded", "false");
    const panel = el("section", { class: "similar-docs", id: panelId, "aria-label": `Documents like ${hit.title || hit.id}` });
    item.append(panel);
    toggle.setAttribute("aria-expanded", "true");
    await fill(panel, s, hit);
  };
  toggle.addEventListener("click", async (e) => {
    if (e.ctrlKey || e.metaKey || e.shiftKey || e.altKey || e.button !== 0) return;
    e.preventDefault();
    const wasOpen = toggle.getAttribute("aria-expanded") === "true";
    replace({ like: wasOpen ? "" : hit.id });
    if (wasOpen) {
      document.getElementById(panelId)?.remove();
      toggle.setAttribute("aria-expanded", "false");
    } else {
      await open();
    }
    settled();
  });
  if (s.like === hit.id) open();
  return toggle;
}
