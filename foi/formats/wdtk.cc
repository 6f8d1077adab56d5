// WhatDoTheyKnow JSON thread reader.
#include "foi/formats/wdtk.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "foi/base/text.h"

namespace foi::formats {
namespace {

struct Event {
  std::string date;  // ISO date of created_at
  bool incoming = false;
  std::string text;
};

std::string join_content(const nlohmann::json& content) {
  if (content.is_string()) return content.get<std::string>();
  std::string out;
  if (content.is_array())
    for (const auto& c : content)
      if (c.is_string()) out += (out.empty() ? "" : "\n") + c.get<std::string>();
  return out;
}

// A reply that only says the request arrived is not the response whose date the facet wants. Only the reply's
// own words count: WhatDoTheyKnow keeps the quoted request under it ("From: ... Sent: ..."). It says the
// request was received or logged, answers nothing, and is short or promises the answer for later.
bool is_acknowledgement(const std::string& text) {
  size_t quoted = std::min(text.find("\nFrom:"), text.find("-----Original Message"));
  std::string own = fold_case(text.substr(0, quoted));
  auto says = [&](std::initializer_list<const char*> phrases) {
    return std::any_of(phrases.begin(), phrases.end(),
                       [&](const char* p) { return own.find(p) != std::string::npos; });
  };
  bool received =
      says({"acknowledge", "thank you for your request", "thank you for your recent request",
            "has been received", "we have received", "which we received", "has been logged", "logged as a"});
  bool answers = says({"please find", "please see the response", "response below", "exempt", "not held",
                       "does not hold", "do not hold", "neither confirm", "our response is"});
  bool promises = says({"will be dealt with", "must respond", "expect to hear", "will respond",
                        "aim to respond", "within 20 working days"});
  return received && !answers && (own.size() < 2500 || promises);
}

std::vector<Event> events_of(const nlohmann::json& j) {
  std::vector<Event> events;
  for (const auto& e : j.value("events", nlohmann::json::array())) {
    if (!e.is_object()) continue;
    Event ev;
    ev.date = e.value("created_at", "").substr(0, 10);
    ev.incoming = e.value("type", "") == "incoming";
    ev.text = clean_utf8(join_content(e.value("content", nlohmann::json())));
    events.push_back(std::move(ev));
  }
  std::stable_sort(events.begin(), events.end(),
                   [](const Event& a, const Event& b) { return a.date < b.date; });
  return events;
}

std::optional<std::string> response_date(const std::vector<Event>& events) {
  std::optional<std::string> last;
  for (const Event& e : events) {
    if (!e.incoming || e.date.size() != 10) continue;
    if (!is_acknowledgement(e.text)) return e.date;
    last = e.date;
  }
  return last;
}

}  // namespace

ReadText read_thread(std::string_view bytes);

ReadText read_wdtk_json(std::string_view bytes) {
  try {
    return read_thread(bytes);
  } catch (const nlohmann::json::exception& e) {  // a field of the wrong type ("title": null)
    throw TextError(std::string("malformed thread export: ") + e.what());
  }
}

ReadText read_thread(std::string_view bytes) {
  nlohmann::json j = nlohmann::json::parse(bytes, nullptr, false);
  if (j.is_discarded() || !j.is_object() || !j.contains("events"))
    throw TextError("JSON that is not a WhatDoTheyKnow thread export");
  ReadText r;
  r.format = "wdtk";
  r.charset = "UTF-8";
  r.hints.title = clean_utf8(j.value("title", ""));
  std::string law = j.value("law_used", "");
  if (law == "foi" || law == "eir") r.hints.regime = law;
  if (j.contains("display_status") && j.at("display_status").is_string())
    r.hints.status = j.at("display_status");
  std::vector<Event> events = events_of(j);
  r.hints.date = response_date(events);
  r.text = r.hints.title + "\n";
  for (const Event& e : events) {
    r.text += "\n--- " + e.date +
              (e.incoming ? " response from the authority" : " message from the requester") + " ---\n" +
              e.text + "\n";
  }
  return r;
}

}  // namespace foi::formats
