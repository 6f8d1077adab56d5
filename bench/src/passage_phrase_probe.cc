// foi-bench-passage-phrase-probe: what answering passages' phrases without their positions would cost
// (bench/results/passage-positions.md). On an index that still has them, for each phrase it finds the
// passages three ways and checks the first two agree:
//   positions    Xapian's OP_PHRASE on the passages' own positions (what the index does now);
//   re-tokenise  the AND of the phrase's words on passages, then each candidate's heading and body rebuilt
//                from its document's stored text (passage_words) and tokenised again as the indexer does,
//                the phrase looked for there: what a MatchDecider or PostingSource would do;
//   document     the same candidates, the phrase looked for anywhere in their document's own positions:
//                the floor of a check against the document's positions (the index keeps no passage's word
//                range in its document, so this over-matches; `in_document` says by how much).
// Prints one JSON line per phrase (matches, candidates, CPU ms of each way, the best of REPS) and a summary.
#include <sys/resource.h>
#include <xapian.h>

#include <iostream>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "foi/index/index_writer.h"
#include "foi/index/schema.h"
#include "foi/precedents/passages.h"
#include "foi/search/facet_columns.h"

namespace {

double cpu_ms() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

Xapian::TermGenerator passage_tokeniser(Xapian::Document& doc) {
  Xapian::TermGenerator tg;
  tg.set_stemmer(Xapian::Stem("english"));
  tg.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
  tg.set_document(doc);
  return tg;
}

// The phrase's terms as a passage holds them ("Pword"), in order.
std::vector<std::string> phrase_terms(const std::string& phrase) {
  Xapian::Document doc;
  passage_tokeniser(doc).index_text(phrase, 1, std::string(foi::schema::kPassageTextPrefix));
  std::vector<std::pair<Xapian::termpos, std::string>> at;
  for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t)
    for (auto p = t.positionlist_begin(); p != t.positionlist_end(); ++p) at.emplace_back(*p, *t);
  std::sort(at.begin(), at.end());
  std::vector<std::string> out;
  for (auto& [pos, term] : at) out.push_back(term);
  return out;
}

Xapian::Query on_passages(Xapian::Query q) {
  return Xapian::Query(Xapian::Query::OP_FILTER, q,
                       Xapian::Query(foi::bounded_term(foi::schema::kKindPrefix, foi::schema::kPassageKind)));
}

// Whether some position of the first term has the others after it, one by one.
bool side_by_side(const std::vector<std::set<Xapian::termpos>>& at) {
  for (Xapian::termpos start : at[0]) {
    size_t i = 1;
    while (i < at.size() && at[i].count(start + static_cast<Xapian::termpos>(i))) ++i;
    if (i == at.size()) return true;
  }
  return false;
}

// Whether the passage's heading or body, tokenised as the indexer does, has the terms side by side.
bool has_phrase(const std::string& heading, const std::string& body, const std::vector<std::string>& terms) {
  Xapian::Document doc;
  Xapian::TermGenerator tg = passage_tokeniser(doc);
  const std::string prefix(foi::schema::kPassageTextPrefix);
  tg.index_text(heading, 1, prefix);
  tg.increase_termpos();
  tg.index_text(body, 1, prefix);
  std::vector<std::set<Xapian::termpos>> at(terms.size());
  for (size_t i = 0; i < terms.size(); ++i) {
    Xapian::TermIterator t = doc.termlist_begin();
    t.skip_to(terms[i]);
    if (t == doc.termlist_end() || *t != terms[i]) return false;
    for (auto p = t.positionlist_begin(); p != t.positionlist_end(); ++p) at[i].insert(*p);
  }
  return side_by_side(at);
}

// The re-tokenising way: candidates by the AND of the words, each checked against its document's text (one
// parse of a document's stored record for its run of passages).
std::vector<Xapian::docid> retokenised(const Xapian::Database& db, const std::vector<std::string>& terms,
                                       size_t& candidates) {
  std::vector<Xapian::docid> ids = foi::matching_docids(
      db, on_passages(Xapian::Query(Xapian::Query::OP_AND, terms.begin(), terms.end())), 0);
  candidates = ids.size();
  std::vector<Xapian::docid> out;
  std::string parent_id, text;
  for (Xapian::docid id : ids) {
    Xapian::Document d = db.get_document(id, Xapian::DOC_ASSUME_VALID);
    nlohmann::json data = nlohmann::json::parse(d.get_data());
    const nlohmann::json& stored = data.at("passage");
    foi::Passage p = stored.get<foi::Passage>();
    using Spans = std::vector<std::pair<size_t, size_t>>;
    p.heading_spans = stored.value("heading_spans", Spans{});
    p.body_spans = stored.value("body_spans", Spans{});
    std::string parent = d.get_value(foi::schema::kParentSlot);
    if (parent != parent_id) {
      std::string q = foi::bounded_term(foi::schema::kIdPrefix, parent);
      nlohmann::json doc = nlohmann::json::parse(db.get_document(*db.postlist_begin(q)).get_data());
      text = doc.at("text").get<std::string>();
      parent_id = parent;
    }
    if (!p.body_spans.empty())
      if (auto words = foi::passage_words(text, p)) p.heading = words->first, p.body = words->second;
    if (has_phrase(p.heading, p.body, terms)) out.push_back(id);
  }
  return out;
}

// The document-positions floor: each candidate's document (by its Q term, once for a run of its passages),
// the phrase's plain words' positions there, the phrase anywhere in the document.
std::vector<Xapian::docid> in_document(const Xapian::Database& db, const std::vector<std::string>& terms) {
  std::vector<Xapian::docid> ids = foi::matching_docids(
      db, on_passages(Xapian::Query(Xapian::Query::OP_AND, terms.begin(), terms.end())), 0);
  std::vector<Xapian::docid> out;
  std::string parent_id;
  bool found = false;
  for (Xapian::docid id : ids) {
    std::string parent = db.get_document(id, Xapian::DOC_ASSUME_VALID).get_value(foi::schema::kParentSlot);
    if (parent != parent_id) {
      parent_id = parent;
      Xapian::docid doc = *db.postlist_begin(foi::bounded_term(foi::schema::kIdPrefix, parent));
      std::vector<std::set<Xapian::termpos>> at(terms.size());
      for (size_t i = 0; i < terms.size(); ++i) {
        std::string plain = terms[i].substr(foi::schema::kPassageTextPrefix.size());
        for (auto p = db.positionlist_begin(doc, plain); p != db.positionlist_end(doc, plain); ++p)
          at[i].insert(*p);
      }
      found = side_by_side(at);
    }
    if (found) out.push_back(id);
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: foi-bench-passage-phrase-probe DB REPS [PHRASE...] (phrases on stdin, one a line, "
                 "when none are given)\n";
    return 2;
  }
  Xapian::Database db(argv[1]);
  int reps = std::max(1, std::atoi(argv[2]));
  std::vector<std::string> phrases(argv + 3, argv + argc);
  if (phrases.empty())
    for (std::string line; std::getline(std::cin, line);)
      if (!line.empty()) phrases.push_back(line);
  double total_old = 0, total_new = 0, total_doc = 0;
  size_t agree = 0;
  for (const std::string& phrase : phrases) {
    std::vector<std::string> terms = phrase_terms(phrase);
    if (terms.size() < 2) continue;
    double best_old = 1e18, best_new = 1e18, best_doc = 1e18;
    std::vector<Xapian::docid> old_ids, new_ids, doc_ids;
    size_t candidates = 0;
    for (int r = 0; r < reps; ++r) {
      double t0 = cpu_ms();
      old_ids = foi::matching_docids(
          db, on_passages(Xapian::Query(Xapian::Query::OP_PHRASE, terms.begin(), terms.end(), terms.size())),
          0);
      double t1 = cpu_ms();
      new_ids = retokenised(db, terms, candidates);
      double t2 = cpu_ms();
      doc_ids = in_document(db, terms);
      double t3 = cpu_ms();
      best_old = std::min(best_old, t1 - t0);
      best_new = std::min(best_new, t2 - t1);
      best_doc = std::min(best_doc, t3 - t2);
    }
    bool same = std::set<Xapian::docid>(old_ids.begin(), old_ids.end()) ==
                std::set<Xapian::docid>(new_ids.begin(), new_ids.end());
    agree += same;
    total_old += best_old;
    total_new += best_new;
    total_doc += best_doc;
    std::cout << nlohmann::json{{"phrase", phrase},
                                {"matches", old_ids.size()},
                                {"candidates", candidates},
                                {"same", same},
                                {"in_document", doc_ids.size()},
                                {"positions_ms", best_old},
                                {"retokenise_ms", best_new},
                                {"document_ms", best_doc}}
                     .dump()
              << "\n";
  }
  std::cout << nlohmann::json{{"phrases", phrases.size()},
                              {"same", agree},
                              {"positions_ms", total_old},
                              {"retokenise_ms", total_new},
                              {"document_ms", total_doc}}
                   .dump()
            << "\n";
  return 0;
}
