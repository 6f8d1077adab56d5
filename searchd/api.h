// The HTTP API: every route on one screen (register_routes), handlers named for what they answer.
#pragma once

#include <string>

#include "foi/search_request.h"

namespace httplib {
class Server;
}

namespace foi::searchd {

struct ApiConfig {
  std::string db_path;  // opened afresh by each request, so the indexer's commits show without a restart
  SearchLimits limits;
};

void register_routes(httplib::Server& server, const ApiConfig& config);

}  // namespace foi::searchd
