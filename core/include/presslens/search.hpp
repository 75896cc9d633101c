// Keyword in context over an analysed batch: case- and accent-insensitive
// (ICU: `Any-Latin; Latin-ASCII`, then case folding), whole words, phrases,
// and entity queries. See docs/batch.md for the query syntax.
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
  //   peace talks        consecutive words; quotes are optional: "peace talks"
  //   entity:c3          every mention of cluster c3
  //   entity:Moualem     every mention of the clusters so named (or, without
  //                      clusters, every mention with that text)
  // An empty query is an invalid_argument error.
  Result<std::vector<SearchHit>> search(std::string_view query) const;

  // One {"document","start","end","before","match","after"} object per line
  // (offsets in UTF-16 code units of the document's text, as in `analyze`).
  std::string json_lines(const std::vector<SearchHit>& hits,
                         const SearchOptions& options = {}) const;
  // {"query": ..., "total": n, "hits": [...]}: the same objects in one array.
  std::string json(std::string_view query, const std::vector<SearchHit>& hits,
                   const SearchOptions& options = {}) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace presslens
