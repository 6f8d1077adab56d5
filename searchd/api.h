// The HTTP API: every route on one screen (register_routes), handlers named for what they answer.
#pragma once

#include <string>

#include "foi/search_request.h"

namespace httplib {
class Server;
}

namespace foi::searchd {

struct ApiConfig {
  std::string db_path;  // each request leases an open index brought to the latest commit (foi/index_pool.h)
  SearchLimits limits;
};

void register_routes(httplib::Server& server, const ApiConfig& config);

}  // namespace foi::searchd
