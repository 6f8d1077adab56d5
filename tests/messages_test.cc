// Threads become messages: each seed thread's segmentation pinned, and the rule that only the authority's own
// messages give a thread its exemptions and date.
#include <doctest/doctest.h>

#include <algorithm>

#include "foi/extract/exemptions.h"
#include "foi/index/extract_record.h"
#include "foi/formats/reader.h"
#include "foi/precedents/messages.h"
#include "test_util.h"

namespace {

struct Seen {
  std::string role, side;
  std::optional<std::string> date;
  friend bool operator==(const Seen&, const Seen&) = default;
};

[[maybe_unused]] std::ostream& operator<<(std::ostream& o, const Seen& s) { return o << s.role << "/" << s.side << "/" << s.date.value_or("-"); }

struct Seed {
  foi::Record record;
  std::string text;
};

Seed read_seed(const std::string& name) {
  std::string path = foi::test::source_path("corpus/" + name);
  foi::formats::ReadText t = foi::formats::read_document(path, foi::test::read_file(path)).at(0);
  return {foi::extract_record({t.text, name, path, &t}), t.text};
}

std::vector<Seen> seen(const foi::Record& r) {
  std::vector<Seen> out;
  for (const foi::Message& m : r.messages) out.push_back({m.role, m.side, m.date});
  return out;
}

const Seen kRequest{"request", "requester", std::nullopt};
const Seen kMoore{"annotation", "requester", std::nullopt};     // the requester annotating his own thread
const Seen kRoberts{"annotation", "third_party", std::nullopt};  // somebody else
const Seen kAck{"acknowledgement", "authority", std::nullopt};
const Seen kReviewAsked{"review_request", "requester", std::nullopt};

}  // namespace

TEST_CASE("messages: each seed thread splits into its request, replies, review and annotations, with dates") {
  struct Case {
    const char* file;
    std::vector<Seen> messages;
  };
  const Case cases[] = {
      {"000_7c431f6c32de453a.txt",
       {kRequest, kMoore, kRoberts, kAck, kMoore, kRoberts, {"response", "authority", "2021-01-22"}, kRoberts,
        kReviewAsked, {"acknowledgement", "authority", "2021-01-25"}, {"review_response", "authority", "2021-02-10"},
        kMoore, kMoore, kMoore}},
      {"001_b455801c96e30f6e.txt",
       {kRequest, kMoore, kAck, kRoberts, kMoore, kRoberts, kRoberts, {"response", "authority", std::nullopt},
        kReviewAsked, kAck, {"review_response", "authority", std::nullopt}, kMoore, kRoberts, kMoore, kRoberts,
        kMoore}},
      {"002_8945b82075d5d1a2.txt",
       {kRequest, kRoberts, kRoberts, kAck, kMoore, kRoberts, kRoberts, {"other", "requester", std::nullopt}, kAck,
        {"response", "authority", "2021-01-04"}, {"other", "requester", std::nullopt}, kMoore, kRoberts}},
      // a disclosure-log entry: "Request" and "Response" labels
      {"004_aaea4b360a23c9d5.txt", {kRequest, {"response", "authority", std::nullopt}}},
      // a single letter
      {"003_b8f8d31a9d1c8c2e.txt", {{"response", "authority", std::nullopt}}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.file);
    CHECK(seen(read_seed(c.file).record) == c.messages);
  }
}

TEST_CASE("messages: annotations and the requester's quotations add no exemption; the date is the response's") {
  Seed avon = read_seed("000_7c431f6c32de453a.txt");
  std::vector<std::string> authority_only, annotations;
  for (const foi::Message& m : avon.record.messages) {
    std::vector<std::string> cited = foi::extract_exemptions(std::string_view(avon.text).substr(m.offset, m.length));
    std::vector<std::string>& into = m.side == "authority" ? authority_only : annotations;
    if (m.side == "authority" || m.role == "annotation") into.insert(into.end(), cited.begin(), cited.end());
  }
  for (const std::string& e : avon.record.exemptions) {
    CAPTURE(e);
    CHECK(std::find(authority_only.begin(), authority_only.end(), e) != authority_only.end());
  }

  // A thread whose requester quotes s12 and whose annotation discusses s14 and a date; the authority relies on
  // s31(3) only, on its own date.
  const char* thread =
      "Drone flights\n\nDear Kent Police,\nPlease give the drone flight logs. If section 12 applies, give 2020 only.\n"
      "Yours faithfully,\nA Person\n\n"
      "B Watcher left an annotation ()\n\nThey will surely call it vexatious under section 14(1). Dated 01/01/2019.\n\n"
      "Freedom of Information, Kent Police\n\nDear A Person,\nDate: 3 March 2021\nThe logs are exempt under section "
      "31(3) and we neither confirm nor deny that further information is held.\nYours sincerely\n";
  foi::Record r = foi::extract_record({thread, "drones.txt", "drones.txt"});
  REQUIRE(r.messages.size() == 3);
  CHECK(r.messages[1].role == "annotation");
  CHECK(r.messages[1].side == "third_party");
  CHECK(r.messages[2].role == "response");
  CHECK(r.exemptions == std::vector<std::string>{"s31(3)"});
  CHECK(r.date == std::optional<std::string>("2021-03-03"));
}

TEST_CASE("messages: a thread export read from JSON keeps each event's side and date") {
  const char* json = R"({"title": "Bins", "events": [
      {"created_at": "2024-01-25T10:00:00Z", "type": "outgoing", "content": ["Dear Sheffield City Council, how many bins?"]},
      {"created_at": "2024-01-26T10:00:00Z", "type": "incoming", "content": ["Thank you for your request. It has been logged."]},
      {"created_at": "2024-02-20T10:00:00Z", "type": "incoming", "content": ["Please find attached the figures you asked for, 10,000 bins."]},
      {"created_at": "2024-02-22T10:00:00Z", "type": "outgoing", "content": ["Please carry out an internal review of this."]},
      {"created_at": "2024-03-20T10:00:00Z", "type": "incoming", "content": ["We have reviewed the response and uphold it; we attach the figures again."]}]})";
  foi::formats::ReadText t = foi::formats::read_document("bins.json", json).at(0);
  foi::Record r = foi::extract_record({t.text, "bins.json", "bins.json", &t});
  CHECK(seen(r) == std::vector<Seen>{{"request", "requester", "2024-01-25"},
                                     {"acknowledgement", "authority", "2024-01-26"},
                                     {"response", "authority", "2024-02-20"},
                                     {"review_request", "requester", "2024-02-22"},
                                     {"review_response", "authority", "2024-03-20"}});
  CHECK(r.date == std::optional<std::string>("2024-02-20"));
}

TEST_CASE("messages: a letter with no thread markers is one message, the requester's only when it is a request") {
  std::vector<foi::Message> reply = foi::split_messages("Our ref: 1\nThe information is not held.\n", "response");
  REQUIRE(reply.size() == 1);
  CHECK(reply[0].side == "authority");
  CHECK(reply[0].role == "response");
  std::vector<foi::Message> ask = foi::split_messages("Dear Sir,\nPlease provide the figures.\n", "request");
  REQUIRE(ask.size() == 1);
  CHECK(ask[0].side == "requester");
  CHECK_FALSE(foi::is_correspondence(reply));
}

TEST_CASE("messages: 'Dear' alone on its line is read, not thrown on (found by fuzz_extract)") {
  for (const char* text : {"Dear\n\nSir,\nPlease provide the figures.\n", "Title\n\nDear\n", "Dear", "Dear,\n"}) {
    CAPTURE(text);
    std::vector<foi::Message> m;
    CHECK_NOTHROW(m = foi::split_messages(text, "thread"));
    CHECK(m.size() >= 1);
  }
}
