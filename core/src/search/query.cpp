#include "search/query.hpp"

#include <utility>

namespace presslens::search {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n'))
    s.remove_suffix(1);
  return s;
}

// "peace talks" and “peace talks” are the phrase peace talks.
std::string_view unquote(std::string_view s) {
  for (const auto& [open, close] : {std::pair<std::string_view, std::string_view>{"\"", "\""},
                                    {"\u201c", "\u201d"},
                                    {"'", "'"}}) {
    if (s.size() >= open.size() + close.size() && s.starts_with(open) && s.ends_with(close)) {
      return trim(s.substr(open.size(), s.size() - open.size() - close.size()));
    }
  }
  return s;
}

}  // namespace

Result<Query> parse_query(std::string_view text) {
  text = trim(text);
  Query query;
  if (text.starts_with("entity:")) {
    query.entity = true;
    text = trim(text.substr(7));
  }
  query.text = std::string(unquote(text));
  if (query.text.empty()) {
    return Error{ErrorCode::invalid_argument,
                 query.entity ? "entity: needs a cluster id or a name" : "the query is empty"};
  }
  return query;
}

}  // namespace presslens::search
