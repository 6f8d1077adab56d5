// Search: query, filters, sort, page, exact totals and multi-select facets, snippets.
#include "foi/search/search.h"

#include <xapian.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "foi/search/facet_columns.h"
#include "foi/search/facets.h"
#include "foi/base/html.h"
#include "foi/index/index_writer.h"
#include "foi/search/case_path.h"
#include "foi/search/open_index.h"
#include "foi/search/paging.h"
#include "foi/search/precedents.h"
#include "foi/index/schema.h"
#include "foi/search/search_query.h"
#include "foi/search/similar_documents.h"
#include "foi/search/snippets.h"
#include "foi/search/stored_document.h"
#include "foi/search/suggest.h"
#include "foi/search/word_terms.h"

namespace foi {
namespace {

constexpr size_t kSnippetBytes = 300;
constexpr int kRetries = 3;

// The filters of a request, composable without any one facet's own filter (multi-select counting).
struct Filters {
  Xapian::Query text;
  std::map<std::string, Xapian::Query> by_facet;  // "year" holds the date range, which "month" ignores too
  Xapian::Query without(const std::string& facet) const {
    Xapian::Query q = text;
    for (const auto& [name, f] : by_facet)
      if (name != facet && !(facet == "month" && name == "year")) q = Xapian::Query(Xapian::Query::OP_FILTER, q, f);
    return q;
  }
};

std::string kind_term(Kind kind) {
  return bounded_term(schema::kKindPrefix, kind == Kind::kPassages ? schema::kPassageKind : schema::kDocumentKind);
}

unsigned kind_bit(Kind kind) { return kind == Kind::kPassages ? schema::kPassages : schema::kDocuments; }

Filters make_filters(const Xapian::Database& db, const Xapian::Query& text, const SearchRequest& r) {
  Filters f{requires_words_of(text, r.kind)
                ? text
                : Xapian::Query(Xapian::Query::OP_FILTER, text, Xapian::Query(kind_term(r.kind))),
            {}};
  if (!r.went_to.empty())
    f.text = Xapian::Query(Xapian::Query::OP_FILTER, f.text, went_to_filter(db, r.went_to));
  for (const auto& [facet, values] : r.filters)
    f.by_facet[facet] = facet_filter(facet, values, r.all_of(facet));
  if (r.kind == Kind::kPassages && !r.filters.count("doc_type"))
    f.by_facet["doc_type"] = without_commentary();
  if (r.kind == Kind::kPassages && !r.filters.count("role") && !r.boilerplate)
    f.by_facet["role"] = without_hidden_roles();
  if (!r.from.empty() || !r.to.empty()) f.by_facet["year"] = date_filter(r.from, r.to);
  return f;
}

// Relevance without query words is newest first: every weight would be the same.
SortOrder effective_order(const SearchRequest& r, bool has_text) {
  return (r.sort == SortOrder::kRelevance && !has_text) ? SortOrder::kNewest : r.sort;
}

void set_order(Xapian::Enquire& e, const SearchRequest& r, bool has_text) {
  SortOrder order = effective_order(r, has_text);
  if (order == SortOrder::kNewest) e.set_sort_by_value(schema::kNewestSlot, true);
  if (order == SortOrder::kOldest) e.set_sort_by_value(schema::kOldestSlot, false);
  if (order == SortOrder::kRelevance) e.set_sort_by_relevance_then_value(schema::kIdSlot, false);
}

std::string hit_snippet(const SnippetQuery& q, const std::string& text, bool has_text, SnippetStems& stems) {
  if (!has_text) return html_escape(utf8_truncate(text, kSnippetBytes)) + (text.size() > kSnippetBytes ? "…" : "");
  return make_snippet(q, text, {kSnippetBytes}, &stems);
}

// What stands for a revision when there is no single one: the databases' identity and the last document
// number, which moves when any shard gains documents.
std::string shards_revision(const Xapian::Database& db) {
  std::string uuid;
  try {
    uuid = db.get_uuid();
  } catch (const Xapian::UnimplementedError&) {
  }
  return uuid + "@" + std::to_string(db.get_lastdocid());
}

// A database's revision; for several databases or remote shards, which have none of their own, shards_revision.
std::string revision_of(const Xapian::Database& db) {
  try {
    return std::to_string(db.get_revision());
  } catch (const Xapian::InvalidOperationError&) {  // several databases: no single revision
    return shards_revision(db);
  } catch (const Xapian::UnimplementedError&) {  // a remote shard does not tell its revision
    return shards_revision(db);
  }
}

}  // namespace

struct SearchIndex::Impl {
  Xapian::Database db;
  SearchLimits limits;
  std::string path;
  RevisionKey revisions;
  std::string revision_key;  // a local index's revision (RevisionKey); empty: no cached columns

  // Runs f; a database the indexer changed underneath is reopened and f run again.
  template <typename F>
  auto with_retry(F&& f) -> decltype(f()) {
    for (int attempt = 0;; ++attempt) {
      bool modified = false;
      try {
        return f();
      } catch (const Xapian::DatabaseModifiedError&) {
        modified = true;
      } catch (const Xapian::WildcardError&) {
        throw RequestError("wildcard_too_broad", "a wildcard matches too many words; make it longer");
      } catch (const Xapian::Error& e) {  // damaged, gone, or a remote shard unreachable
        throw IndexUnavailable("cannot read the index: " + e.get_description());
      }
      if (modified && attempt + 1 >= kRetries) throw IndexUnavailable("the index kept changing during the request");
      try {
        db.reopen();  // outside the handler: a failure here is an IndexUnavailable too
      } catch (const Xapian::Error& e) {
        throw IndexUnavailable("cannot reopen the index: " + e.get_description());
      }
    }
  }

  // A local index's revision key, else what names the revision of a stub or remote shards: cursors carry it.
  std::string current_revision() const { return revision_key.empty() ? revision_of(db) : revision_key; }

  // The exact total (but for collapsed passages, counted by the page's match) and multi-select facets. On a
  // local index, returns the match's docids and the columns they were counted by.
  std::optional<std::pair<std::vector<Xapian::docid>, std::shared_ptr<const FacetColumns>>> count_matches(
      const SearchRequest& r, const Filters& filters, SearchResult& out) {
    std::vector<const schema::Facet*> unfiltered, own_filtered;
    bool dated = filters.by_facet.count("year") > 0;
    for (const schema::Facet& f : schema::kFacets) {
      if (!(f.kinds & kind_bit(r.kind))) continue;
      // "all of" narrows with each tick, so the exemption facet is then counted within its own filter: a
      // value's count is the total that ticking it too would give.
      bool narrowing = r.all_of(std::string(f.name));
      bool own = (filters.by_facet.count(std::string(f.name)) && !narrowing) || (dated && f.name == "month");
      (own ? own_filtered : unfiltered).push_back(&f);
    }
    if (!revision_key.empty() && !r.collapse) {
      // A local index: docid passes counted against cached columns.
      std::shared_ptr<const FacetColumns> columns = facet_columns(path, db, revision_key);
      std::vector<Xapian::docid> ids = matching_docids(db, filters.without(""), limits.time_limit_seconds);
      out.total = static_cast<unsigned>(ids.size());
      out.facets = columns->count(ids, unfiltered);
      for (const schema::Facet* f : own_filtered) {  // each filtered facet counted without its own filter
        std::vector<Xapian::docid> others =
            matching_docids(db, filters.without(std::string(f->name)), limits.time_limit_seconds);
        for (auto& [n, counts] : columns->count(others, {f})) out.facets[n] = std::move(counts);
      }
      return std::make_pair(std::move(ids), std::move(columns));
    }
    // Shards (a remote one runs only Xapian's own spies) and collapsed passages: ValueCountMatchSpy, in passes
    // of their own. (On a remote shard, spies on the pass that also fetches the page count some of the page's
    // documents twice: bench/shards found it.)
    out.facets = count_facets(db, filters.without(""), unfiltered, &out.total, limits.time_limit_seconds);
    for (const schema::Facet* f : own_filtered)
      for (auto& [n, counts] :
           count_facets(db, filters.without(std::string(f->name)), {f}, nullptr, limits.time_limit_seconds))
        out.facets[n] = counts;
    return std::nullopt;
  }

  PageRequest page_request(const SearchRequest& r, bool has_text) const {
    PageRequest p{effective_order(r, has_text), r.size, 0, "", !revision_key.empty() && db.size() == 1, r.collapse};
    if (r.cursor) {
      p.first = r.cursor->offset;
      p.after_id = r.cursor->last_id;
    } else {
      p.first = r.page - 1 > UINT64_MAX / r.size ? UINT64_MAX : (r.page - 1) * r.size;
    }
    return p;
  }

  void add_hits(const SearchRequest& r, const Page& page, const ParsedQuery& pq, bool has_text, SearchResult& out) {
    auto termfreq = [&](const std::string& t) { return page.mset ? page.mset->get_termfreq(t) : db.get_termfreq(t); };
    SnippetQuery sq = snippet_query(
        pq.query, [&](const std::string& t) { return word_frequency(termfreq, t); }, db.get_doccount(),
        words_prefix(r.kind));
    SnippetStems stems;  // the page's hits share their words' stems
    for (const Xapian::Document& doc : page.docs) {
      if (r.kind == Kind::kPassages) {
        PassageHit h = read_passage(db, doc);
        h.snippet =
            hit_snippet(sq, h.passage.heading + (h.passage.heading.empty() ? "" : "\n") + h.passage.body,
                        has_text, stems);
        out.passages.push_back(std::move(h));
        continue;
      }
      StoredDocument d = stored_from(doc);
      std::string snippet = hit_snippet(sq, d.text.text, has_text, stems);
      int page_number = page_of_snippet(snippet, d);
      out.hits.push_back({d.record, std::move(snippet), page_number});
    }
  }

  SearchResult run(const SearchRequest& r) {
    std::string revision = current_revision();
    if (r.cursor && r.cursor->revision != revision)
      throw RequestError("stale_cursor", "the index changed since this walk began: start it again");
    ParsedQuery pq = parse_user_query(db, r.q, limits, !r.words_only, r.kind);
    bool has_text = r.q.find_first_not_of(" \t\r\n") != std::string::npos;
    Filters filters = make_filters(db, pq.query, r);
    Xapian::Enquire enquire(db);
    enquire.set_query(filters.without(""));
    enquire.set_time_limit(limits.time_limit_seconds);
    set_order(enquire, r, has_text);
    if (r.collapse) enquire.set_collapse_key(schema::kClusterSlot);
    SearchResult out;
    auto counted = count_matches(r, filters, out);
    PageRequest p = page_request(r, has_text);
    // Past the last result the page is empty: no match is run for it, however deep. A page by date by offset
    // on a local index is the counted docids in the columns' date order.
    Page page;
    if (counted && p.order != SortOrder::kRelevance && p.after_id.empty()) {
      for (Xapian::docid id : counted->second->by_date(db, std::move(counted->first),
                                                       p.order == SortOrder::kNewest, p.first, p.size))
        page.docs.push_back(db.get_document(id));
    } else if (r.collapse || p.first < out.total) {
      page = fetch_page(enquire, db, filters.without(""), p, limits.time_limit_seconds);
    }
    if (r.collapse)  // one per cluster
      out.total = collapsed_total(db, filters.without(""), *page.mset, schema::kClusterSlot,
                                  limits.time_limit_seconds);
    add_hits(r, page, pq, has_text, out);
    size_t returned = r.kind == Kind::kPassages ? out.passages.size() : out.hits.size();
    if (returned == r.size && p.first + returned < out.total) {
      std::string last = r.kind == Kind::kPassages ? out.passages.back().id : out.hits.back().record.id;
      out.next_cursor = encode_cursor({revision, request_fingerprint(r), p.first + returned, last});
    }
    out.read_as = pq.read_as;
    if (has_text && out.total < kSuggestBelow) out.suggestion = better_spelling(r, out.total);
    return out;
  }

  // A respelt query (suggest.h) when it finds more documents than this one under the same filters.
  std::optional<std::string> better_spelling(const SearchRequest& r, unsigned found) {
    std::optional<std::string> respelt = suggest_query(db, r.q);
    if (!respelt) return std::nullopt;
    ParsedQuery pq;
    try {
      pq = parse_user_query(db, *respelt, limits, !r.words_only, r.kind);
    } catch (const RequestError&) {
      return std::nullopt;
    }
    Xapian::Enquire e(db);
    e.set_query(make_filters(db, pq.query, r).without(""));
    e.set_time_limit(limits.time_limit_seconds);
    Xapian::MSet m = e.get_mset(0, 0, found + 1);
    return m.get_matches_lower_bound() > found ? respelt : std::nullopt;
  }
};

SearchIndex::SearchIndex(const std::string& db_path, SearchLimits limits) {
  try {
    impl_ = std::make_unique<Impl>(Impl{Xapian::Database(), limits, db_path, RevisionKey(db_path), ""});
    impl_->revision_key =
        impl_->revisions.open([&] { impl_->db = open_index(db_path, limits.remote_timeout_seconds); }, impl_->db);
  } catch (const Xapian::Error& e) {
    throw IndexUnavailable("cannot open the index at " + db_path + ": " + e.get_msg());
  }
}

SearchIndex::~SearchIndex() = default;

void SearchIndex::refresh() {
  try {
    impl_->revision_key = impl_->revisions.open([&] { impl_->db.reopen(); }, impl_->db);
  } catch (const Xapian::Error& e) {
    throw IndexUnavailable("cannot reopen the index: " + e.get_description());
  }
}

SearchResult SearchIndex::search(const SearchRequest& request) {
  return impl_->with_retry([&] { return impl_->run(request); });
}

Cooccurrence SearchIndex::cooccurrence(const SearchRequest& request, CooccurrenceOptions options) {
  return impl_->with_retry([&] {
    ParsedQuery pq = parse_user_query(impl_->db, request.q, impl_->limits, !request.words_only, request.kind);
    options.time_limit_seconds = impl_->limits.time_limit_seconds;
    return count_cooccurrence(impl_->db, make_filters(impl_->db, pq.query, request).without(""), options);
  });
}

std::optional<StoredDocument> SearchIndex::document(std::string_view id) {
  return impl_->with_retry([&]() -> std::optional<StoredDocument> {
    std::string term = bounded_term(schema::kIdPrefix, id);
    Xapian::PostingIterator p = impl_->db.postlist_begin(term);
    if (p == impl_->db.postlist_end(term)) return std::nullopt;
    Xapian::Document doc = impl_->db.get_document(*p);
    if (!doc.get_value(schema::kRoleSlot).empty()) return std::nullopt;  // a passage: /api/similar, /api/cluster
    StoredDocument d = stored_from(doc);
    d.passages = passages_of(impl_->db, d.record.id);
    d.path = case_path(impl_->db, d.record);
    return d;
  });
}

SimilarResult SearchIndex::similar(const SimilarRequest& request) {
  return impl_->with_retry([&] { return similar_passages(impl_->db, request); });
}

SimilarDocuments SearchIndex::similar_documents(const SimilarDocumentsRequest& request) {
  return impl_->with_retry([&] { return foi::similar_documents(impl_->db, request); });
}

std::optional<ClusterView> SearchIndex::cluster(const std::string& id, unsigned limit) {
  return impl_->with_retry([&] { return cluster_view(impl_->db, id, limit); });
}

FacetCounts SearchIndex::all_facets() {
  return impl_->with_retry([&] {
    std::vector<const schema::Facet*> all;
    for (const schema::Facet& f : schema::kFacets)
      if (f.kinds & schema::kDocuments) all.push_back(&f);
    Xapian::Query documents(kind_term(Kind::kDocuments));
    if (!impl_->revision_key.empty())
      return facet_columns(impl_->path, impl_->db, impl_->revision_key)
          ->count(matching_docids(impl_->db, documents, 0), all);
    return count_facets(impl_->db, documents, all);
  });
}

const std::string& SearchIndex::revision_key() const { return impl_->revision_key; }

Health SearchIndex::health() {
  return impl_->with_retry([&] {
    Health h;
    h.docs = impl_->db.get_termfreq(kind_term(Kind::kDocuments));
    h.passages = impl_->db.get_termfreq(kind_term(Kind::kPassages));
    h.shards = static_cast<unsigned>(impl_->db.size());
    h.revision = revision_of(impl_->db);
    return h;
  });
}

}  // namespace foi
