// Route handlers: parameters in, JSON out. Domain errors become stable JSON error codes here and only here.
#include "searchd/api.h"

#include <httplib.h>

#include <chrono>
#include <cstddef>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "foi/index/document.h"
#include "foi/search/index_pool.h"
#include "foi/search/search.h"
#include "searchd/answer_cache.h"
#include "searchd/export_api.h"
#include "searchd/respond.h"
#include "searchd/work_gate.h"

namespace foi::searchd {
namespace {

Params params_of(const httplib::Request& req) { return Params(req.params.begin(), req.params.end()); }

// A page number, or null for a request that went on from a cursor.
nlohmann::json page_json(const SearchRequest& r) { return r.cursor ? nlohmann::json() : nlohmann::json(r.page); }

nlohmann::json cursor_json(const SearchResult& r) {
  return r.next_cursor ? nlohmann::json(*r.next_cursor) : nlohmann::json();
}

// Runs a handler body, mapping the domain's exceptions to HTTP answers.
template <typename F>
void answer(httplib::Response& res, F&& body) {
  try {
    body();
  } catch (const RequestError& e) {
    int status = e.code() == "not_found" ? 404 : e.code() == "stale_cursor" ? 409 : 400;
    send_error(res, status, e.code(), e.what());
  } catch (const IndexUnavailable& e) {
    std::cerr << "searchd: index unavailable: " << e.what() << "\n";
    send_error(res, 503, "index_unavailable", "the index is not available; try again shortly");
  }
}

// How the query's citations were read: [{"text": "section 30", "exemption": "s30"}].
nlohmann::json read_as_json(const std::vector<CitationReading>& readings) {
  nlohmann::json out = nlohmann::json::array();
  for (const CitationReading& c : readings) out.push_back({{"text", c.text}, {"exemption", c.exemption}});
  return out;
}

// A repeated search at the same revision is answered from the cache (answer_cache.h); a local index only.
void get_search(const ApiConfig& cfg, IndexPool& pool, AnswerCache& answers, const httplib::Request& req,
                httplib::Response& res) {
  answer(res, [&] {
    SearchRequest r = parse_search_request(params_of(req), cfg.limits);
    IndexPool::Lease index = pool.acquire();
    const std::string& revision = index->revision_key();
    std::string key =
        answers.enabled() && !revision.empty() ? AnswerCache::key(revision, req.path, req.params) : "";
    if (std::shared_ptr<const std::string> body = key.empty() ? nullptr : answers.get(key))
      return send_body(res, 200, *body);
    SearchResult result = index->search(r);
    nlohmann::json j = {{"query", r.q},
                        {"total", result.total},
                        {"page", page_json(r)},
                        {"size", r.size},
                        {"next_cursor", cursor_json(result)},
                        {"hits", result.hits},
                        {"facets", result.facets},
                        {"read_as", read_as_json(result.read_as)},
                        {"suggestion", result.suggestion ? nlohmann::json(*result.suggestion) : nlohmann::json()}};
    auto body = std::make_shared<const std::string>(dump_json(j));
    if (!key.empty()) answers.put(key, body);
    send_body(res, 200, *body);
  });
}

void get_passages(const ApiConfig& cfg, IndexPool& pool, const httplib::Request& req, httplib::Response& res) {
  answer(res, [&] {
    SearchRequest r = parse_search_request(params_of(req), cfg.limits, Kind::kPassages);
    IndexPool::Lease index = pool.acquire();
    SearchResult result = index->search(r);
    send_json(res, 200,
              {{"query", r.q},
               {"total", result.total},
               {"page", page_json(r)},
               {"size", r.size},
               {"next_cursor", cursor_json(result)},
               {"collapse", r.collapse ? nlohmann::json("cluster") : nlohmann::json()},
               {"passages", result.passages},
               {"facets", result.facets}});
  });
}

// ?doc=ID: documents like a document; otherwise passages like a passage or a paragraph.
void get_similar(const ApiConfig& cfg, IndexPool& pool, const httplib::Request& req, httplib::Response& res) {
  answer(res, [&] {
    if (req.has_param("doc")) {
      SimilarDocumentsRequest r = parse_similar_documents_request(params_of(req), cfg.limits);
      IndexPool::Lease index = pool.acquire();
      return send_json(res, 200, nlohmann::json(index->similar_documents(r)));
    }
    Params params = params_of(req);
    if (req.method == "POST") params.emplace("text", req.body);  // the pasted text is the body
    SimilarRequest r = parse_similar_request(params, cfg.limits);
    IndexPool::Lease index = pool.acquire();
    send_json(res, 200, nlohmann::json(index->similar(r)));
  });
}

void get_cluster(const ApiConfig& cfg, IndexPool& pool, const httplib::Request& req, httplib::Response& res) {
  answer(res, [&] {
    if (!req.has_param("id") || req.get_param_value("id").empty())
      throw RequestError("missing_id", "id is required");
    unsigned limit = 100;
    if (req.has_param("size")) {
      SearchRequest sized = parse_search_request({{"size", req.get_param_value("size")}}, cfg.limits);
      limit = sized.size;
    }
    IndexPool::Lease index = pool.acquire();
    std::optional<ClusterView> v = index->cluster(req.get_param_value("id"), limit);
    if (!v) return send_error(res, 404, "not_found", "no cluster with that id");
    send_json(res, 200, nlohmann::json(*v));
  });
}

void get_cooccurrence(const ApiConfig& cfg, IndexPool& pool, const httplib::Request& req,
                      httplib::Response& res) {
  answer(res, [&] {
    Params params = params_of(req);
    CooccurrenceOptions options = take_cooccurrence_options(params);
    SearchRequest r = parse_search_request(params, cfg.limits);
    IndexPool::Lease index = pool.acquire();
    Cooccurrence c = index->cooccurrence(r, options);
    nlohmann::json pairs = nlohmann::json::array();
    for (const ExemptionPair& p : c.pairs) pairs.push_back({{"a", p.a}, {"b", p.b}, {"count", p.count}});
    nlohmann::json grounds = nlohmann::json::array();
    for (const FacetCount& g : c.exemptions) grounds.push_back({{"value", g.value}, {"count", g.count}});
    send_json(res, 200,
              {{"query", r.q},
               {"level", options.sections_only ? "section" : "all"},
               {"total", c.total},
               {"citing_two", c.citing_two},
               {"exemptions", grounds},
               {"pairs", pairs},
               {"pairs_total", c.pairs_total}});
  });
}

void get_document(const ApiConfig&, IndexPool& pool, const httplib::Request& req, httplib::Response& res) {
  answer(res, [&] {
    if (!req.has_param("id") || req.get_param_value("id").empty())
      throw RequestError("missing_id", "id is required");
    IndexPool::Lease index = pool.acquire();
    std::optional<StoredDocument> d = index->document(req.get_param_value("id"));
    if (!d) return send_error(res, 404, "not_found", "no document with that id");
    send_json(res, 200, nlohmann::json(*d));
  });
}

void get_facets(const ApiConfig&, IndexPool& pool, const httplib::Request&, httplib::Response& res) {
  answer(res, [&] {
    IndexPool::Lease index = pool.acquire();
    send_json(res, 200, {{"facets", index->all_facets()}});
  });
}

void get_health(const ApiConfig&, IndexPool& pool, const httplib::Request&, httplib::Response& res) {
  try {
    IndexPool::Lease index = pool.acquire();
    Health h = index->health();
    send_json(res, 200, {{"status", "ok"}, {"docs", h.docs}, {"passages", h.passages}, {"shards", h.shards},
                         {"revision", h.revision}});
  } catch (const IndexUnavailable& e) {
    std::cerr << "searchd: health: " << e.what() << "\n";
    send_json(res, 503, {{"status", "unavailable"}});
  }
}

}  // namespace

// At most max_searches requests use the index at once (work_gate.h): the cores are few, and each open index
// holds a handful of file descriptors, so hundreds of connections must not mean hundreds of open databases.
void register_routes(httplib::Server& server, const ApiConfig& config) {
  // Open indexes are kept between requests (index_pool.h); each request leases one at the latest revision.
  auto pool = std::make_shared<IndexPool>(config.db_path, config.limits);
  auto gate = std::make_shared<WorkGate>(config.max_searches);
  auto bind = [&config, pool, gate](auto handler) {
    return [&config, pool, gate, handler](const httplib::Request& req, httplib::Response& res) {
      if (!gate->enter(config.queue_timeout_ms))
        return send_error(res, 503, "busy", "the server is busy; try again shortly");
      struct Leave {
        WorkGate& g;
        ~Leave() { g.leave(); }
      } leave{*gate};
      handler(config, *pool, req, res);
    };
  };
  auto ungated = [&config, pool](auto handler) {
    return [&config, pool, handler](const httplib::Request& req, httplib::Response& res) {
      handler(config, *pool, req, res);
    };
  };
  auto answers = std::make_shared<AnswerCache>(config.answer_cache_bytes);
  server.Get("/api/search", bind([answers](const ApiConfig& c, IndexPool& p, const httplib::Request& q,
                                           httplib::Response& s) { get_search(c, p, *answers, q, s); }));
  server.Get("/api/doc", bind(get_document));
  server.Get("/api/passages", bind(get_passages));
  server.Get("/api/similar", bind(get_similar));
  server.Post("/api/similar", bind(get_similar));
  server.Get("/api/cluster", bind(get_cluster));
  server.Get("/api/facets", bind(get_facets));
  server.Get("/api/cooccurrence", bind(get_cooccurrence));
  server.Get("/api/feed",
             bind([](const ApiConfig& c, IndexPool&, const auto& req, auto& res) { get_feed(c, req, res); }));
  auto exports = std::make_shared<ExportSlots>(config.max_exports);  // each window takes a turn at the gate
  server.Get("/api/export", [&config, gate, exports](const httplib::Request& req, httplib::Response& res) {
    get_export({config, *gate, *exports}, req, res);
  });
  server.Get("/healthz", ungated(get_health));  // cheap; answers even while searches queue
}

}  // namespace foi::searchd
