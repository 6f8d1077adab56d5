// A thin RAII layer over SQLite's C API for the FTS5 baseline, and the baseline's schema: one FTS5 table of
// title and body ('porter unicode61'), the facets as ordinary tables a developer would join to it.
#pragma once

#include <sqlite3.h>

#include <stdexcept>
#include <string>
#include <string_view>

namespace foi::bench {

class SqliteError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class Statement {
 public:
  Statement(sqlite3* db, std::string_view sql);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  Statement& bind(int i, std::string_view text);
  Statement& bind(int i, long long n);
  Statement& bind_null(int i);
  bool step();  // true while a row is ready; throws on error
  void reset();
  long long column_int(int i) const { return sqlite3_column_int64(stmt_, i); }
  std::string column_text(int i) const;

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
};

class Database {
 public:
  explicit Database(const std::string& path);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  void exec(std::string_view sql);
  sqlite3* handle() const { return db_; }

 private:
  sqlite3* db_ = nullptr;
};

// The baseline's tables (created empty) and the indexes built after loading.
inline constexpr std::string_view kFts5Schema = R"sql(
CREATE TABLE docs(id INTEGER PRIMARY KEY, path TEXT NOT NULL, title TEXT, authority TEXT, outcome TEXT,
                  date TEXT, year TEXT, month TEXT, reference TEXT);
CREATE VIRTUAL TABLE fts USING fts5(title, body, tokenize = 'porter unicode61');
CREATE TABLE doc_force(doc INTEGER NOT NULL, force TEXT NOT NULL,
                       PRIMARY KEY(doc, force)) WITHOUT ROWID;
CREATE TABLE doc_exemption(doc INTEGER NOT NULL, exemption TEXT NOT NULL,
                           PRIMARY KEY(doc, exemption)) WITHOUT ROWID;
CREATE TABLE doc_offence(doc INTEGER NOT NULL, offence TEXT NOT NULL,
                         PRIMARY KEY(doc, offence)) WITHOUT ROWID;
)sql";

// Filters look documents up by value; built once the rows are in, as a bulk load would.
inline constexpr std::string_view kFts5Indexes = R"sql(
CREATE INDEX doc_force_by_value ON doc_force(force, doc);
CREATE INDEX doc_exemption_by_value ON doc_exemption(exemption, doc);
CREATE INDEX doc_offence_by_value ON doc_offence(offence, doc);
CREATE INDEX docs_by_date ON docs(date);
)sql";

}  // namespace foi::bench
