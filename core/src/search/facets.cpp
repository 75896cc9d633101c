// Search facets: each hit's type (the name it falls inside, or "text"), its
// article, the article's outlet and day; filters on them; and the counts.
#include <algorithm>
#include <array>
#include <map>

#include "search/index_impl.hpp"

namespace presslens {
namespace {

// Above this, the article facet lists the articles with most hits only.
constexpr std::size_t kMaxDocumentValues = 100;

const std::string kText = "text";

// The type's code ("PER"...) as a string that outlives the index.
const std::string* type_code(EntityType type) {
  static const std::array<std::string, 4> kCodes{
      std::string(to_string(EntityType::person)), std::string(to_string(EntityType::organisation)),
      std::string(to_string(EntityType::location)), std::string(to_string(EntityType::misc))};
  switch (type) {
    case EntityType::person:
      return &kCodes[0];
    case EntityType::organisation:
      return &kCodes[1];
    case EntityType::location:
      return &kCodes[2];
    default:
      return &kCodes[3];
  }
}
constexpr std::array<std::string_view, 5> kTypeOrder{"PER", "ORG", "LOC", "MISC", "text"};

std::string host_of(std::string_view url) {
  const auto scheme = url.find("://");
  if (scheme != std::string_view::npos) url.remove_prefix(scheme + 3);
  url = url.substr(0, url.find_first_of("/?#"));
  if (url.starts_with("www.")) url.remove_prefix(4);
  return std::string(url);
}

bool date_passes(const std::string& day, const std::pair<std::string, std::string>& range) {
  if (day.empty()) return false;
  const auto& [from, to] = range;
  return day.substr(0, from.size()) >= from && day.substr(0, to.size()) <= to;
}

template <class T>
bool any_of(const std::vector<T>& values, auto&& passes) {
  return values.empty() || std::any_of(values.begin(), values.end(), passes);
}

std::vector<FacetValue> ranked(const std::map<std::string, std::size_t>& counts,
                               std::size_t limit) {
  std::vector<FacetValue> out;
  for (const auto& [value, count] : counts) out.push_back({value, count});
  std::stable_sort(out.begin(), out.end(),
                   [](const FacetValue& a, const FacetValue& b) { return a.count > b.count; });
  if (out.size() > limit) out.resize(limit);
  return out;
}

}  // namespace

std::string SearchIndex::outlet_of(const Document& document) {
  if (document.source && !document.source->empty()) return *document.source;
  if (document.credit && !document.credit->empty()) return *document.credit;
  if (document.url && !document.url->empty()) return host_of(*document.url);
  return {};
}

void SearchIndex::Impl::index_facets() {
  const auto& documents = batch->documents;
  names.resize(documents.size());
  outlets.resize(documents.size());
  days.resize(documents.size());
  for (std::size_t d = 0; d < documents.size(); ++d) {
    const auto& document = documents[d];
    for (const auto& e : document.entities)
      names[d].push_back({e.span.start, e.span.end, type_code(e.type)});
    std::sort(names[d].begin(), names[d].end(),
              [](const NameSpan& a, const NameSpan& b) { return a.start < b.start; });
    outlets[d] = outlet_of(document);
    if (document.date) days[d] = document.date->substr(0, 10);
  }
}

SearchResult SearchIndex::Impl::filter_and_count(std::vector<SearchHit> hits,
                                                 const search::Filters& filters) const {
  enum Field { kType, kDocument, kOutlet, kDate, kFields };
  auto type_of = [&](const SearchHit& hit) -> const std::string& {
    const auto& list = names[hit.document];
    auto it = std::upper_bound(list.begin(), list.end(), hit.span.start,
                               [](std::size_t at, const NameSpan& n) { return at < n.start; });
    if (it == list.begin()) return kText;
    --it;
    return it->end >= hit.span.end ? *it->type : kText;
  };
  std::array<std::map<std::string, std::size_t>, kFields> counts;
  SearchResult result;
  result.matched = hits.size();
  std::vector<SearchHit> kept;
  for (const auto& hit : hits) {
    const std::string& type = type_of(hit);
    const std::string& name = batch->documents[hit.document].name;
    const std::string& outlet = outlets[hit.document];
    const std::string& day = days[hit.document];
    const std::array<bool, kFields> passes{
        any_of(filters.types, [&](const std::string& t) { return t == type; }),
        any_of(filters.documents, [&](const std::string& n) { return n == name; }),
        any_of(filters.outlets, [&](const std::string& o) { return o == outlet; }),
        any_of(filters.dates, [&](const auto& range) { return date_passes(day, range); }),
    };
    const std::array<const std::string*, kFields> values{&type, &name, &outlet, &day};
    for (int field = 0; field < kFields; ++field) {
      bool others = true;
      for (int other = 0; other < kFields; ++other)
        others = others && (other == field || passes[other]);
      if (others) ++counts[field][*values[field]];
    }
    if (std::all_of(passes.begin(), passes.end(), [](bool p) { return p; })) kept.push_back(hit);
  }
  result.hits = std::move(kept);
  for (const auto type : kTypeOrder) {
    if (auto it = counts[kType].find(std::string(type)); it != counts[kType].end())
      result.facets.types.push_back({it->first, it->second});
  }
  result.facets.documents = ranked(counts[kDocument], kMaxDocumentValues);
  result.facets.outlets = ranked(counts[kOutlet], counts[kOutlet].size());
  for (const auto& [day, count] : counts[kDate]) result.facets.dates.push_back({day, count});
  return result;
}

}  // namespace presslens
