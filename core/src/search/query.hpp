// The search query syntax: words (a phrase, quoted or not), or entity:NAME.
#pragma once

#include <string>
#include <string_view>

#include "presslens/error.hpp"

namespace presslens::search {

struct Query {
  bool entity = false;
  std::string text;  // the words, or the cluster id or name, without quotes
};

Result<Query> parse_query(std::string_view query);

}  // namespace presslens::search
