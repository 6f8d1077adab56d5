// The page's keyboard and small-screen behaviour, for every view: the "Skip to results" link, the `/` key that
// focuses the view's search box, and on narrow screens (NARROW, as in style.css) the Filters button that opens a
// view's filters over its results, with the current total and a button back to the results.

import { $ } from "./dom.js";

const NARROW = "(max-width: 720px)";

// The visible view's results (where the skip link goes) and search box (where `/` goes).
function visibleView() {
  if (!$("doc-view").hidden) return { results: $("doc-title"), box: $("q") };
  if (!$("precedents-view").hidden) return { results: $("p-cards"), box: $("p-q") };
  return { results: $("hits"), box: $("q") };
}

function wireSkipLink() {
  const skip = $("skip-link");
  skip.addEventListener("focus", () => {
    skip.textContent = $("doc-view").hidden ? "Skip to results" : "Skip to the document";
  });
  skip.addEventListener("click", (e) => {
    e.preventDefault();
    const { results } = visibleView();
    results.focus();
    results.scrollIntoView({ block: "start" });
  });
}

// Whether a key press is someone typing: a text field, a text area, a list box or editable content has focus.
function typing(target) {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.matches("textarea, select")) return true;
  return target.matches("input") && !["checkbox", "radio", "button", "submit", "reset", "range", "color"].includes(target.type);
}

function wireSlashKey() {
  document.addEventListener("keydown", (e) => {
    if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || typing(e.target)) return;
    e.preventDefault();
    const { box } = visibleView();
    box.focus();
    box.select();
  });
}

// One view's Filters button and the panel it opens. While the panel is open the rest of the page is inert, the
// panel repeats the view's total (so a tick shows its effect at once) and Escape or "Show results" closes it.
function wirePanel({ view, toggle, panel, heading }) {
  const total = panel.querySelector(".panel-total");
  const close = panel.querySelector(".panel-close");
  const behind = () => [document.querySelector(".top"), $("skip-link"), $("help"), view.querySelector(".results")];
  const setOpen = (open, { restoreFocus = true } = {}) => {
    const wasOpen = view.classList.contains("filters-open");
    view.classList.toggle("filters-open", open);
    toggle.setAttribute("aria-expanded", String(open));
    for (const node of behind()) node.inert = open;
    if (open) close.focus();
    else if (wasOpen && restoreFocus) toggle.focus();
  };
  toggle.addEventListener("click", () => setOpen(true));
  close.addEventListener("click", () => setOpen(false));
  panel.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && view.classList.contains("filters-open")) setOpen(false);
  });
  window.matchMedia(NARROW).addEventListener("change", (e) => {
    if (!e.matches) setOpen(false, { restoreFocus: false });
  });
  const setText = (node, text) => {
    if (node.textContent !== text) node.textContent = text; // unchanged text is no mutation, so no loop
  };
  const showTotal = () => {
    setText(total, heading.textContent);
    const applied = view.querySelectorAll(".chip.removable").length;
    setText(toggle, applied ? `Filters (${applied} applied)` : "Filters");
  };
  // A new search or another view closes the panel; a tick inside it keeps it open.
  window.addEventListener("popstate", () => setOpen(false, { restoreFocus: false }));
  new MutationObserver(showTotal).observe(view, { childList: true, characterData: true, subtree: true });
}

function wire() {
  wireSkipLink();
  wireSlashKey();
  wirePanel({ view: $("results-view"), toggle: $("filters-toggle"), panel: $("search-filters"), heading: $("results-heading") });
  wirePanel({ view: $("precedents-view"), toggle: $("p-filters-toggle"), panel: $("p-filters"), heading: $("p-heading") });
}

wire();
