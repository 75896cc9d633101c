// The search index: every document's words (folded), and for each folded
// word its postings (document, word number) in batch order. A phrase is
// looked up from its rarest word and checked against the others' postings.
#include <algorithm>

#include "search/index_impl.hpp"
#include "search/query.hpp"

namespace presslens {

SearchIndex::SearchIndex(const Batch& batch) : impl_(std::make_unique<Impl>()) {
  impl_->batch = &batch;
  const auto& documents = batch.documents;
  impl_->words.reserve(documents.size());
  for (std::uint32_t d = 0; d < documents.size(); ++d) {
    impl_->words.push_back(impl_->folder.words(documents[d].text));
    const auto& doc_words = impl_->words.back();
    for (std::uint32_t w = 0; w < doc_words.size(); ++w) {
      auto [it, added] = impl_->term.try_emplace(
          doc_words[w].key, static_cast<std::uint32_t>(impl_->postings.size()));
      if (added) impl_->postings.emplace_back();
      impl_->postings[it->second].push_back(search::Posting{d, w});
    }
  }
  impl_->index_entities();
  impl_->offsets = std::make_unique<output::Utf16Offsets>(documents);
}

SearchIndex::~SearchIndex() = default;
SearchIndex::SearchIndex(SearchIndex&&) noexcept = default;
SearchIndex& SearchIndex::operator=(SearchIndex&&) noexcept = default;

Result<std::vector<SearchHit>> SearchIndex::search(std::string_view query_text) const {
  const auto query = search::parse_query(query_text);
  if (!query) return query.error();
  std::vector<SearchHit> hits;
  if (query.value().entity) {
    hits = impl_->entity(query.value().text);
    std::sort(hits.begin(), hits.end(), [](const SearchHit& a, const SearchHit& b) {
      return a.document != b.document ? a.document < b.document : a.span.start < b.span.start;
    });
  } else {
    std::vector<std::uint64_t> keys;
    for (const auto& w : impl_->folder.words(query.value().text)) keys.push_back(w.key);
    if (keys.empty())
      return Error{ErrorCode::invalid_argument, "the query has no words to look for"};
    hits = impl_->phrase(keys);  // in posting order: by document, then position
  }
  return hits;
}

}  // namespace presslens
