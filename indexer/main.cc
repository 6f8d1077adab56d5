// foi-index: flags -> IndexerOptions, run, summary, exit code.
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "foi/index/indexer.h"
#include "foi/index/shards.h"

namespace {

constexpr int kExitUsage = 2;
constexpr int kExitLocked = 75;  // EX_TEMPFAIL: try again when the other indexer is done

struct Args {
  foi::IndexerOptions options;
  std::string explain;  // --explain FILE
  bool timings = false;  // --timings
};

void usage(std::FILE* out) {
  std::fputs(
      "usage: foi-index --db DIR PATH...     index files and directories (recursively) into DIR\n"
      "       foi-index --explain FILE       print the JSON record FILE would be indexed as; no database\n"
      "options:\n"
      "  --batch N    documents per committed batch (default 200)\n"
      "  --threads N  files read and extracted in parallel (default: one per core)\n"
      "  --shards N   write N shard databases under DIR and a stub that opens them as one; an existing "
      "index\n"
      "               keeps its count (asking for another is refused)\n"
      "  --no-compact build an index from empty in place, uncompacted (by default it is built in\n"
      "               DIR.building beside DIR, compacted, and moved to DIR whole)\n"
      "  --ocr        read scanned PDFs with OCR\n"
      "  --timings    print to stderr where the run's time went, by phase (CPU and wall seconds), and\n"
      "               the peak resident size of writing, regrouping and compaction\n"
      "  --sidecar F  a CSV or JSON of fields per file name (date, reference, authority, outcome, title, "
      "url)\n"
      "               that override extraction; --explain then lists them in from_sidecar\n"
      "  --max-file-mb N  reject a larger file before reading it (default 64)\n"
      "  --max-text-mb N  reject a document that extracts to more text (default 16)\n"
      "  --help       this text\n",
      out);
}

// A whole number of mebibytes from 1 to 1,048,576 (a terabyte), as bytes; nullopt for anything else ("1x", "0").
std::optional<size_t> megabytes_arg(const char* v) {
  if (!v || !*v) return std::nullopt;
  char* end = nullptr;
  errno = 0;
  unsigned long long mb = std::strtoull(v, &end, 10);
  if (errno || *end || v[0] == '-' || mb < 1 || mb > (1ull << 20)) return std::nullopt;
  return static_cast<size_t>(mb) << 20;
}

std::optional<Args> parse_args(int argc, char** argv) {
  Args a;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    auto value = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
    if (arg == "--db") {
      const char* v = value();
      if (!v) return std::nullopt;
      a.options.db = v;
    } else if (arg == "--explain") {
      const char* v = value();
      if (!v) return std::nullopt;
      a.explain = v;
    } else if (arg == "--batch") {
      const char* v = value();
      if (!v || std::atoi(v) <= 0) return std::nullopt;
      a.options.batch_size = static_cast<size_t>(std::atoi(v));
    } else if (arg == "--shards") {
      const char* v = value();
      if (!v || std::atoi(v) <= 0 || std::atoi(v) > 256) return std::nullopt;
      a.options.shards = static_cast<size_t>(std::atoi(v));
    } else if (arg == "--threads") {
      const char* v = value();
      if (!v || std::atoi(v) <= 0) return std::nullopt;
      a.options.threads = static_cast<unsigned>(std::atoi(v));
    } else if (arg == "--sidecar") {
      const char* v = value();
      if (!v) return std::nullopt;
      a.options.sidecar = v;
    } else if (arg == "--max-file-mb" || arg == "--max-text-mb") {
      std::optional<size_t> bytes = megabytes_arg(value());
      if (!bytes) return std::nullopt;
      (arg == "--max-file-mb" ? a.options.max_file_bytes : a.options.max_text_bytes) = *bytes;
    } else if (arg == "--no-compact") {
      a.options.compact = false;
    } else if (arg == "--timings") {
      a.timings = true;
    } else if (arg == "--ocr") {
      a.options.ocr = true;
    } else if (!arg.empty() && arg[0] == '-') {
      return std::nullopt;
    } else {
      a.options.paths.push_back(arg);
    }
  }
  if (a.explain.empty() && (a.options.db.empty() || a.options.paths.empty())) return std::nullopt;
  if (!a.explain.empty() && (!a.options.db.empty() || !a.options.paths.empty())) return std::nullopt;
  return a;
}

// On a terminal: "files done and rate", redrawn at most ten times a second, and the total at the end.
foi::ProgressFn terminal_progress() {
  if (!isatty(STDERR_FILENO)) return {};
  auto start = std::chrono::steady_clock::now();
  auto last = start - std::chrono::seconds(1);
  return [start, last](size_t done, size_t total) mutable {
    auto now = std::chrono::steady_clock::now();
    if (now - last < std::chrono::milliseconds(100) && done != total) return;
    last = now;
    double secs = std::chrono::duration<double>(now - start).count();
    std::fprintf(stderr, "\r%zu files, %.0f files/s ", done, secs > 0 ? done / secs : 0.0);
    if (done == total) std::fputs("\n", stderr);
  };
}

int explain(const std::string& path, const foi::IndexerOptions& indexer) {
  try {
    foi::formats::ReadOptions options;
    options.ocr = indexer.ocr;
    options.max_file_bytes = indexer.max_file_bytes;
    options.max_text_bytes = indexer.max_text_bytes;
    std::vector<foi::Explained> docs = foi::explain_file(path, options, indexer.sidecar);
    nlohmann::json out = nlohmann::json::array();
    for (const foi::Explained& e : docs) {
      nlohmann::json j = e.record;
      j["passages"] = e.passages;
      j["reasons"] = e.record.reasons;
      out.push_back(std::move(j));
    }
    std::cout << foi::dump_json(out.size() == 1 ? out[0] : out, 2) << "\n";  // an mbox: one record per message
    return 0;
  } catch (const std::exception& err) {
    std::cerr << "foi-index: " << path << ": " << err.what() << "\n";
    return 1;
  }
}

int index(foi::IndexerOptions options, bool timings) {
  try {
    foi::PhaseTimes times;
    if (timings) options.timings = &times;
    foi::IndexSummary s = foi::run_indexer(options, terminal_progress());
    if (timings) std::cerr << times.report();
    for (const foi::Rejection& r : s.rejected) std::cerr << "rejected " << r.path << ": " << r.reason << "\n";
    std::cout << s.line() << "\n" << s.details() << std::endl;
    return 0;
  } catch (const foi::IndexLocked& e) {
    std::cerr << "foi-index: " << e.what() << "\n";
    return kExitLocked;
  } catch (const foi::MissingRoot& e) {
    std::cerr << "foi-index: " << e.what() << "\n";
    return kExitUsage;
  } catch (const foi::ShardMismatch& e) {
    std::cerr << "foi-index: " << e.what() << "\n";
    return kExitUsage;
  } catch (const std::exception& e) {
    std::cerr << "foi-index: " << e.what() << "\n";
    return 1;
  }
}

}  // namespace

int main(int argc, char** argv) {
  for (int i = 1; i < argc; ++i)
    if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) {
      usage(stdout);
      return 0;
    }
  std::optional<Args> args = parse_args(argc, argv);
  if (!args) {
    usage(stderr);
    return kExitUsage;
  }
  return args->explain.empty() ? index(args->options, args->timings) : explain(args->explain, args->options);
}
