// Keyword in context over an analysed batch: case- and accent-insensitive
// (ICU: `Any-Latin; Latin-ASCII`, then case folding), words matched by their
// English stems (Snowball), quoted phrases word for word, entity queries,
// filters and facets (type, article, outlet, date). See docs/batch.md for
// the query syntax.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "presslens/document.hpp"
#include "presslens/error.hpp"

namespace presslens {

struct SearchHit {
  std::size_t document = 0;  // index into Batch::documents
  Span span;                 // byte offsets into that document's text
};

// How many hits fall on one value of a facet.
struct FacetValue {
  std::string value;
  std::size_t count = 0;
};

// Each facet counts the hits that pass every filter of the other facets (so
// that choosing an outlet still shows the other outlets' counts).
struct SearchFacets {
  std::vector<FacetValue> types;      // PER, ORG, LOC, MISC (inside a name), text (elsewhere)
  std::vector<FacetValue> documents;  // by document name, most hits first
  std::vector<FacetValue> outlets;    // the document's source, credit or web site; "" if none
  std::vector<FacetValue> dates;      // the document's publication day; "" if undated
};

struct SearchResult {
  std::vector<SearchHit> hits;  // those that pass the query's filters
  std::size_t matched = 0;      // hits before the filters
  SearchFacets facets;
};

struct SearchOptions {
  std::size_t context = 40;  // characters of text before and after each hit
  std::size_t limit = 0;     // at most this many hits in the JSON (0: all)
};

// Built once per batch; the batch must outlive the index and not change.
class SearchIndex {
 public:
  explicit SearchIndex(const Batch& batch);
  ~SearchIndex();
  SearchIndex(SearchIndex&&) noexcept;
  SearchIndex& operator=(SearchIndex&&) noexcept;

  // Every hit, in batch order then text order. Queries:
  //   zurich             a word (finds "Zürich", "ZURICH")
  //   email              a word by its stem (finds "emails", "emailed")
  //   peace talks        consecutive words, by their stems ("peace talk")
  //   "peace talks"      consecutive words as written (case and accents aside)
  //   entity:c3          every mention of cluster c3
  //   entity:Moualem     every mention of the clusters so named (or, without
  //                      clusters, every mention with that text)
  // and filters anywhere in the query: type:person (organisation, place,
  // other, text), article:NAME, outlet:NAME, date:2016-09 (a day, month or
  // year, or FROM..TO); quote a value with spaces: outlet:"New York Times".
  // An empty query, or a filter without a value, is an invalid_argument error.
  Result<std::vector<SearchHit>> search(std::string_view query) const;
  // The same hits, with how many matched before the filters and the facets.
  Result<SearchResult> find(std::string_view query) const;

  // One {"document","start","end","before","match","after"} object per line
  // (offsets in UTF-16 code units of the document's text, as in `analyze`).
  std::string json_lines(const std::vector<SearchHit>& hits,
                         const SearchOptions& options = {}) const;
  // {"query": ..., "total": n, "hits": [...]}: the same objects in one array.
  std::string json(std::string_view query, const std::vector<SearchHit>& hits,
                   const SearchOptions& options = {}) const;
  // The same, with "matched" (hits before the filters) and "facets":
  // {"type"|"article"|"outlet"|"date": [{"value", "count"}]}.
  std::string json(std::string_view query, const SearchResult& result,
                   const SearchOptions& options = {}) const;

  // The outlet a document is counted under: its source, else its credit,
  // else its address's host; empty when none is known.
  static std::string outlet_of(const Document& document);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace presslens
