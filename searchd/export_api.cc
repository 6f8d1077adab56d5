// Streaming exports and Atom feeds over the document walk (foi/search/document_walk.h).
#include "searchd/export_api.h"

#include <httplib.h>

#include <iostream>
#include <memory>

#include "foi/search/atom_feed.h"
#include "foi/search/document_walk.h"
#include "foi/search/export_format.h"
#include "searchd/respond.h"

namespace foi::searchd {
namespace {

// The search's parameters without `format` (which only /api/export takes).
Params search_params(const httplib::Request& req) {
  Params p;
  for (const auto& [name, value] : req.params)
    if (name != "format") p.emplace(name, value);
  return p;
}

ExportFormat format_of(const httplib::Request& req) {
  std::string f = req.has_param("format") ? req.get_param_value("format") : "csv";
  if (f == "csv") return ExportFormat::kCsv;
  if (f == "jsonl") return ExportFormat::kJsonl;
  throw RequestError("bad_format", "format must be csv or jsonl");
}

// Runs a handler body, mapping the domain's exceptions to HTTP answers (as api.cc's handlers do).
template <typename F>
void answer(httplib::Response& res, F&& body) {
  try {
    body();
  } catch (const RequestError& e) {
    send_error(res, 400, e.code(), e.what());
  } catch (const IndexUnavailable& e) {
    std::cerr << "searchd: index unavailable: " << e.what() << "\n";
    send_error(res, 503, "index_unavailable", "the index is not available; try again shortly");
  }
}

// A gate turn for the length of a scope; `entered` false when none came in time.
struct Turn {
  WorkGate& gate;
  bool entered;
  Turn(WorkGate& g, int timeout_ms) : gate(g), entered(g.enter(timeout_ms)) {}
  ~Turn() {
    if (entered) gate.leave();
  }
};

// One export in flight: its walk, the window read but not yet sent, and its export slot (given back when the
// response is done with it, whether the client took every row or went away).
struct ExportStream {
  ExportStream(const ExportContext& c, ExportFormat f) : ctx(c), format(f) {}
  ExportContext ctx;
  ExportFormat format;
  std::unique_ptr<DocumentWalk> walk;
  std::vector<WalkedDocument> pending;
  bool header_sent = false;
  ~ExportStream() { ctx.slots.give_back(); }

  // Sends the pending window, then reads the next under a gate turn. False stops the stream: the connection
  // is closed without the last chunk, so the client sees a cut transfer rather than a short file.
  bool send_window(httplib::DataSink& sink) {
    std::string out;
    if (!header_sent && format == ExportFormat::kCsv) out = csv_header();
    header_sent = true;
    for (const WalkedDocument& d : pending) out += export_row(d.record, format);
    if (!out.empty() && !sink.write(out.data(), out.size())) return false;
    if (pending.empty()) {
      sink.done();
      return true;
    }
    Turn turn(ctx.gate, ctx.config.queue_timeout_ms);
    if (!turn.entered) return fail("no turn at the index within the queue timeout");
    try {
      pending = walk->next();
    } catch (const std::exception& e) {
      return fail(e.what());
    }
    return true;
  }

  bool fail(const std::string& why) {
    std::cerr << "searchd: export stopped: " << why << "\n";
    return false;
  }
};

// "http://host:port" from the Host header when it is a plain host name or address (and port), else the
// address the request came in on. https when a proxy in front says so (X-Forwarded-Proto).
std::string base_url(const httplib::Request& req) {
  std::string host = req.get_header_value("Host");
  bool plain = !host.empty() && host.size() <= 255;
  for (char c : host)
    plain = plain && (std::isalnum(static_cast<unsigned char>(c)) ||
                      std::string_view(".-:[]").find(c) != std::string_view::npos);
  if (!plain) host = req.local_addr + ":" + std::to_string(req.local_port);
  bool https = req.get_header_value("X-Forwarded-Proto") == "https";
  return (https ? "https://" : "http://") + host;
}

// The request's parameters as a query string, in name order (httplib keeps them in a multimap).
std::string canonical_query(const Params& params) {
  std::string q;
  for (const auto& [name, value] : params)
    if (name != "page" && name != "size")
      q += (q.empty() ? "" : "&") + percent_encode(name) + "=" + percent_encode(value);
  return q;
}

}  // namespace

void get_export(const ExportContext& ctx, const httplib::Request& req, httplib::Response& res) {
  answer(res, [&] {
    ExportFormat format = format_of(req);
    SearchRequest r = parse_search_request(search_params(req), ctx.config.limits);
    if (!ctx.slots.take())
      return send_error(res, 503, "export_busy", "too many exports at once; try again shortly");
    auto stream = std::make_shared<ExportStream>(ctx, format);
    Turn turn(ctx.gate,
              ctx.config.queue_timeout_ms);  // the query's errors are still a 400, the index's a 503
    if (!turn.entered) return send_error(res, 503, "busy", "the server is busy; try again shortly");
    stream->walk = std::make_unique<DocumentWalk>(ctx.config.db_path, r, ctx.config.limits);
    stream->pending = stream->walk->next();
    bool csv = format == ExportFormat::kCsv;
    res.set_header("Content-Disposition", csv ? "attachment; filename=\"foisearch-export.csv\""
                                              : "attachment; filename=\"foisearch-export.jsonl\"");
    res.set_chunked_content_provider(
        csv ? "text/csv; charset=utf-8" : "application/x-ndjson",
        [stream](size_t, httplib::DataSink& sink) { return stream->send_window(sink); });
  });
}

void get_feed(const ApiConfig& config, const httplib::Request& req, httplib::Response& res) {
  answer(res, [&] {
    Params params = search_params(req);
    if (req.has_param("format")) throw RequestError("unknown_parameter", "unknown parameter: format");
    SearchRequest r = parse_search_request(params, config.limits);
    r.sort = SortOrder::kNewest;  // a feed is the newest documents, whatever order the page shows
    DocumentWalk walk(config.db_path, r, config.limits, {kFeedEntries, 280});
    std::string base = base_url(req), query = canonical_query(params);
    FeedOptions o{base, base + req.path + (query.empty() ? "" : "?" + query), query};
    res.status = 200;
    res.set_content(atom_feed(walk.next(), o), "application/atom+xml; charset=utf-8");
  });
}

}  // namespace foi::searchd
