// Keyset windows over a unique sort key (document_walk.h).
#include "foi/search/document_walk.h"

#include <xapian.h>

#include <nlohmann/json.hpp>

#include "foi/base/html.h"
#include "foi/index/index_writer.h"
#include "foi/index/schema.h"
#include "foi/search/case_path.h"
#include "foi/search/open_index.h"
#include "foi/search/search_query.h"

namespace foi {
namespace {

// The same documents /api/search counts: the query, documents only, each facet's filter, the date range.
Xapian::Query request_query(const Xapian::Database& db, const SearchRequest& r, const SearchLimits& limits) {
  Xapian::Query q(Xapian::Query::OP_FILTER, parse_user_query(db, r.q, limits, !r.words_only).query,
                  Xapian::Query(bounded_term(schema::kKindPrefix, schema::kDocumentKind)));
  for (const auto& [facet, values] : r.filters)
    q = Xapian::Query(Xapian::Query::OP_FILTER, q, facet_filter(facet, values, r.all_of(facet)));
  if (!r.from.empty() || !r.to.empty())
    q = Xapian::Query(Xapian::Query::OP_FILTER, q, date_filter(r.from, r.to));
  if (!r.went_to.empty()) q = Xapian::Query(Xapian::Query::OP_FILTER, q, went_to_filter(db, r.went_to));
  return q;
}

// Every document has a value in these slots, and each ends with the id, so no two documents share a key.
struct Order {
  Xapian::valueno slot;
  bool descending;
};

Order order_of(SortOrder sort) {
  if (sort == SortOrder::kNewest) return {schema::kNewestSlot, true};
  if (sort == SortOrder::kOldest) return {schema::kOldestSlot, false};
  return {schema::kIdSlot, false};
}

WalkedDocument walked(const Xapian::Document& doc, size_t excerpt_bytes) {
  try {
    nlohmann::json data = nlohmann::json::parse(doc.get_data());
    WalkedDocument w{data.at("record").get<Record>(), ""};
    if (excerpt_bytes > 0) w.excerpt = utf8_truncate(data.value("text", ""), excerpt_bytes);
    return w;
  } catch (const nlohmann::json::exception& e) {  // written by another version, or damaged
    throw IndexUnavailable(std::string("a stored record cannot be read: ") + e.what());
  }
}

}  // namespace

struct DocumentWalk::Impl {
  Xapian::Database db;
  Xapian::Query query;
  Order order;
  WalkOptions options;
  std::string last;  // the sort key of the last document read; empty before the first window
  bool done = false;

  std::vector<WalkedDocument> window() {
    Xapian::Query q = query;
    if (!last.empty())  // inclusive, so the last document comes again and is skipped below
      q = Xapian::Query(
          Xapian::Query::OP_FILTER, q,
          Xapian::Query(order.descending ? Xapian::Query::OP_VALUE_LE : Xapian::Query::OP_VALUE_GE,
                        order.slot, last));
    Xapian::Enquire enquire(db);
    enquire.set_query(q);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    enquire.set_sort_by_value(order.slot, order.descending);
    // No time limit: a match stopped early would leave documents out of the export without a word.
    Xapian::MSet m = enquire.get_mset(0, options.window + 1);
    std::vector<WalkedDocument> out;
    for (auto it = m.begin(); it != m.end() && out.size() < options.window; ++it) {
      Xapian::Document doc = it.get_document();
      std::string key = doc.get_value(order.slot);
      if (!last.empty() && key == last) continue;
      out.push_back(walked(doc, options.excerpt_bytes));
      last = std::move(key);
    }
    done = out.empty();
    return out;
  }
};

DocumentWalk::DocumentWalk(const std::string& db_path, const SearchRequest& request,
                           const SearchLimits& limits, WalkOptions options) {
  try {
    Xapian::Database db = open_index(db_path, limits.remote_timeout_seconds);
    Xapian::Query q = request_query(db, request, limits);
    impl_ = std::make_unique<Impl>(Impl{db, q, order_of(request.sort), options, "", false});
  } catch (const Xapian::WildcardError&) {
    throw RequestError("wildcard_too_broad", "a wildcard matches too many words; make it longer");
  } catch (const Xapian::Error& e) {
    throw IndexUnavailable("cannot open the index at " + db_path + ": " + e.get_description());
  }
}

DocumentWalk::~DocumentWalk() = default;

std::vector<WalkedDocument> DocumentWalk::next() {
  if (impl_->done) return {};
  try {
    return impl_->window();
  } catch (const Xapian::DatabaseModifiedError& e) {
    throw IndexUnavailable("the index changed too often during the walk: " + e.get_description());
  } catch (const Xapian::WildcardError&) {
    throw RequestError("wildcard_too_broad", "a wildcard matches too many words; make it longer");
  } catch (const Xapian::Error& e) {
    throw IndexUnavailable("cannot read the index: " + e.get_description());
  }
}

}  // namespace foi
