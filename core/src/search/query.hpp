// The search query syntax: words (matched by their stems), a "quoted phrase"
// (matched word for word), or entity:NAME; and filters that narrow the hits:
// type:PER (or person, organisation, place, other, text), article:NAME,
// outlet:NAME, date:2016-09-12 (or a month, a year, or FROM..TO). A filter's
// value may be quoted (outlet:"New York Times"); filters of one field are
// alternatives, different fields all apply.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "presslens/error.hpp"

namespace presslens::search {

struct Filters {
  std::vector<std::string> types;      // PER, ORG, LOC, MISC, or "text" (not inside a name)
  std::vector<std::string> documents;  // document names
  std::vector<std::string> outlets;    // as the facet names them
  std::vector<std::pair<std::string, std::string>> dates;  // [from, to] ISO prefixes, inclusive
  bool empty() const {
    return types.empty() && documents.empty() && outlets.empty() && dates.empty();
  }
};

struct Query {
  bool entity = false;
  bool exact = false;  // quoted: the words as written (folded), not their stems
  std::string text;    // the words, or the cluster id or name, without quotes
  Filters filters;
};

Result<Query> parse_query(std::string_view query);

}  // namespace presslens::search
