// The HTTP API: every route on one screen (register_routes), handlers named for what they answer.
#pragma once

#include <cstddef>
#include <string>

#include "foi/search/search_request.h"

namespace httplib {
class Server;
}

namespace foi::searchd {

struct ApiConfig {
  std::string db_path;  // each request leases an open index brought to the latest commit (foi/search/index_pool.h)
  SearchLimits limits;
  size_t max_searches = 16;     // requests using the index at once (each holds an open index); more wait
  int queue_timeout_ms = 10000;  // how long a request waits for its turn before a 503 "busy"
  size_t max_exports = 2;  // /api/export streams at once; one more is a 503 "export_busy" (export_api.h)
  size_t answer_cache_bytes = 32 << 20;  // repeated searches' answers kept (answer_cache.h); 0: none
};

void register_routes(httplib::Server& server, const ApiConfig& config);

}  // namespace foi::searchd
