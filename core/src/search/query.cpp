#include "search/query.hpp"

#include <array>
#include <utility>

#include "text/trim.hpp"

namespace presslens::search {
namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

std::string_view trim(std::string_view s) {
  return text::trim(s, " \t\n\r");
}

struct QuotePair {
  std::string_view open;
  std::string_view close;
};
constexpr std::array<QuotePair, 3> kQuotes{{{"\"", "\""}, {"\u201c", "\u201d"}, {"'", "'"}}};

// "peace talks" and “peace talks” are the phrase peace talks, word for word.
std::string_view unquote(std::string_view s, bool& quoted) {
  for (const auto& [open, close] : kQuotes) {
    if (s.size() >= open.size() + close.size() && s.starts_with(open) && s.ends_with(close)) {
      quoted = true;
      return trim(s.substr(open.size(), s.size() - open.size() - close.size()));
    }
  }
  return s;
}

// Plain words for a type, as the page's legend names them.
std::string type_code(std::string_view value) {
  std::string lower(value);
  for (auto& c : lower) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  if (lower == "per" || lower == "person" || lower == "people") return "PER";
  if (lower == "org" || lower == "organisation" || lower == "organization") return "ORG";
  if (lower == "loc" || lower == "place" || lower == "places") return "LOC";
  if (lower == "misc" || lower == "other") return "MISC";
  if (lower == "text" || lower == "word" || lower == "words") return "text";
  return {};
}

// One filter's value: up to the next space, or quoted. `at` moves past it.
std::string_view filter_value(std::string_view text, std::size_t& at) {
  for (const auto& [open, close] : kQuotes) {
    if (text.substr(at).starts_with(open)) {
      const auto end = text.find(close, at + open.size());
      if (end == std::string_view::npos) break;
      const auto value = text.substr(at + open.size(), end - at - open.size());
      at = end + close.size();
      return value;
    }
  }
  auto end = at;
  while (end < text.size() && !is_space(text[end])) ++end;
  const auto value = text.substr(at, end - at);
  at = end;
  return value;
}

constexpr std::array<std::string_view, 4> kFields{"type:", "article:", "outlet:", "date:"};

// Takes the filters out of `text` (at word starts), leaving the rest.
Status take_filters(std::string_view text, Filters& filters, std::string& rest) {
  std::size_t at = 0;
  while (at < text.size()) {
    const bool word_start = at == 0 || is_space(text[at - 1]);
    std::string_view field;
    if (word_start) {
      for (const auto f : kFields) {
        if (text.substr(at).starts_with(f)) field = f;
      }
    }
    if (field.empty()) {
      rest += text[at++];
      continue;
    }
    at += field.size();
    const auto value = trim(filter_value(text, at));
    if (value.empty()) {
      return Error{ErrorCode::invalid_argument, std::string(field) + " needs a value"};
    }
    if (field == "type:") {
      const auto code = type_code(value);
      if (code.empty()) {
        return Error{ErrorCode::invalid_argument,
                     "type: is one of person, organisation, place, other, text"};
      }
      filters.types.push_back(code);
    } else if (field == "article:") {
      filters.documents.emplace_back(value);
    } else if (field == "outlet:") {
      filters.outlets.emplace_back(value);
    } else {
      const auto dots = value.find("..");
      filters.dates.emplace_back(
          dots == std::string_view::npos
              ? std::pair{std::string(value), std::string(value)}
              : std::pair{std::string(value.substr(0, dots)), std::string(value.substr(dots + 2))});
    }
  }
  return {};
}

}  // namespace

Result<Query> parse_query(std::string_view text) {
  Query query;
  std::string rest;
  if (auto taken = take_filters(trim(text), query.filters, rest); !taken) return taken.error();
  std::string_view words = trim(rest);
  if (words.starts_with("entity:")) {
    query.entity = true;
    words = trim(words.substr(7));
  }
  query.text = std::string(unquote(words, query.exact));
  if (query.text.empty()) {
    return Error{ErrorCode::invalid_argument,
                 query.entity ? "entity: needs a cluster id or a name" : "the query is empty"};
  }
  return query;
}

}  // namespace presslens::search
