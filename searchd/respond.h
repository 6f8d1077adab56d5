// Writing JSON answers and JSON errors: {"error":{"code":"...","message":"..."}}.
#pragma once

#include <string>

#include <nlohmann/json_fwd.hpp>

namespace httplib {
struct Response;
}

namespace foi::searchd {

void send_json(httplib::Response& res, int status, const nlohmann::json& body);
// A JSON body already dumped (an answer from the cache).
void send_body(httplib::Response& res, int status, const std::string& body);
void send_error(httplib::Response& res, int status, const std::string& code, const std::string& message);

}  // namespace foi::searchd
