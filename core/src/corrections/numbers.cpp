// Ids that stay where they were: the numbers identities had before any
// correction, and the mentions that carry them across a block correction.
#include <algorithm>
#include <optional>

#include "clean/clean.hpp"
#include "corrections/corrections.hpp"
#include "presslens/analyze.hpp"
#include "text/sentences.hpp"

namespace presslens::corrections {
namespace {

bool has_corrected_blocks(const Document& d) {
  return std::any_of(d.blocks.begin(), d.blocks.end(),
                     [](const Block& b) { return b.cleaner.has_value(); });
}

// The number of each mention's identity, the identities numbered in order
// but for the terms, which analyze() drops (identity::drop_terms) and so
// numbers not. `count` gets how many were numbered.
std::vector<std::vector<std::size_t>> numbers_of(const Batch& batch,
                                                 const std::vector<identity::Identity>& found,
                                                 std::size_t& count) {
  std::vector<std::vector<std::size_t>> out(batch.documents.size());
  for (std::size_t d = 0; d < batch.documents.size(); ++d)
    out[d].assign(batch.documents[d].entities.size(), 0);
  count = 0;
  for (const auto& identity : found) {
    if (identity.term) continue;
    ++count;
    for (const auto& m : identity.mentions) out[m.document][m.entity] = count;
  }
  return out;
}

}  // namespace

std::vector<std::optional<OriginalNumbers::Place>> OriginalNumbers::places(const Document& d) {
  std::vector<std::optional<Place>> out(d.entities.size());
  const bool placed = std::any_of(d.blocks.begin(), d.blocks.end(),
                                  [](const Block& block) { return block.in_text.has_value(); });
  if (!placed) {  // a document made without blocks (tests): its text's offsets
    for (std::size_t e = 0; e < d.entities.size(); ++e)
      out[e] = Place{kWholeText, d.entities[e].span.start, d.entities[e].span.end};
    return out;
  }
  std::size_t b = 0;
  for (std::size_t e = 0; e < d.entities.size(); ++e) {
    const Span span = d.entities[e].span;
    // Entities come in text order, and so do the blocks in the text.
    while (b < d.blocks.size() && (!d.blocks[b].in_text || d.blocks[b].in_text->end < span.end)) {
      ++b;
    }
    if (b == d.blocks.size()) break;
    const Span in = *d.blocks[b].in_text;
    if (span.start >= in.start) out[e] = Place{b, span.start - in.start, span.end - in.start};
  }
  return out;
}

OriginalNumbers::OriginalNumbers(const Batch& batch, const std::vector<identity::Identity>& found) {
  const bool corrected = std::any_of(batch.documents.begin(), batch.documents.end(),
                                     [](const Document& d) { return has_corrected_blocks(d); });
  Batch original;
  if (corrected) {
    original.documents = batch.documents;
    for (auto& d : original.documents) {
      if (!has_corrected_blocks(d) || d.error) continue;
      restore_cleaner(d);
      clean::assemble_text(d);
      d.sentences = text::split_sentences(d.text);
      annotate_document(d);
    }
  }
  const Batch& before = corrected ? original : batch;
  const auto rules = corrected ? identity::find_identities(before) : found;
  const auto numbers = numbers_of(before, rules, count_);
  numbered_.reserve(before.documents.size());
  for (std::size_t d = 0; d < before.documents.size(); ++d) {
    const auto at = places(before.documents[d]);
    std::vector<std::pair<Place, std::size_t>> list;
    for (std::size_t e = 0; e < at.size(); ++e) {
      if (at[e] && numbers[d][e] > 0) list.emplace_back(*at[e], numbers[d][e]);
    }
    std::sort(list.begin(), list.end());
    numbered_.push_back(std::move(list));
  }
}

Numbering OriginalNumbers::of(const Batch& batch) const {
  Numbering out;
  out.count = count_;
  out.of.resize(batch.documents.size());
  for (std::size_t d = 0; d < batch.documents.size(); ++d) {
    const auto& document = batch.documents[d];
    out.of[d].assign(document.entities.size(), 0);
    if (d >= numbered_.size()) continue;
    const auto& numbered = numbered_[d];
    const auto at = places(document);
    for (std::size_t e = 0; e < at.size(); ++e) {
      if (!at[e]) continue;
      const auto it = std::lower_bound(
          numbered.begin(), numbered.end(), *at[e],
          [](const std::pair<Place, std::size_t>& a, const Place& p) { return a.first < p; });
      if (it != numbered.end() && it->first == *at[e]) out.of[d][e] = it->second;
    }
  }
  return out;
}

Numbering number_before_corrections(const Batch& batch,
                                    const std::vector<identity::Identity>& found) {
  return OriginalNumbers(batch, found).of(batch);
}

}  // namespace presslens::corrections
