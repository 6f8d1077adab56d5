// JSON answers; every dump tolerates invalid UTF-8.
#include "searchd/respond.h"

#include <httplib.h>

#include <nlohmann/json.hpp>

#include "foi/index/document.h"

namespace foi::searchd {

void send_json(httplib::Response& res, int status, const nlohmann::json& body) {
  res.status = status;
  send_body(res, status, dump_json(body));
}

void send_body(httplib::Response& res, int status, const std::string& body) {
  res.status = status;
  res.set_content(body, "application/json; charset=utf-8");
}

void send_error(httplib::Response& res, int status, const std::string& code, const std::string& message) {
  send_json(res, status, {{"error", {{"code", code}, {"message", message}}}});
}

}  // namespace foi::searchd
