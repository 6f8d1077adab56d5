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

// A reply that only says the request arrived is not the response whose date the facet wants.
bool is_acknowledgement(const std::string& text) {
  std::string head = fold_case(text.substr(0, 600));
  bool says_received = head.find("acknowledge") != std::string::npos ||
                       head.find("thank you for your request") != std::string::npos ||
                       head.find("has been received") != std::string::npos ||
                       head.find("we have received") != std::string::npos;
  return says_received && text.size() < 2500;
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
  std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) { return a.date < b.date; });
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
  if (j.contains("display_status") && j.at("display_status").is_string()) r.hints.status = j.at("display_status");
  std::vector<Event> events = events_of(j);
  r.hints.date = response_date(events);
  r.text = r.hints.title + "\n";
  for (const Event& e : events) {
    r.text += "\n--- " + e.date + (e.incoming ? " response from the authority" : " message from the requester") +
              " ---\n" + e.text + "\n";
  }
  return r;
}

}  // namespace foi::formats
