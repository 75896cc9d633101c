// Who said what: direct quotes, reported speech and their speakers, and the
// quoted terms that nobody says (see docs/attribution.md).
#pragma once

#include <cstddef>
#include <vector>

#include "presslens/document.hpp"
#include "text/lexicon.hpp"

namespace presslens::attribution {

// Quoted passages, and apart from them reported clauses, attributed per
// document: at most one per 256 bytes of text, and at least 1000. News has
// at most 97 quotes in an article and one per 128 bytes at its densest
// (PolNeAR-train's 840), so real articles stay below; a page of nothing
// but quotes stops here, with a warning, and so does the memory its quotes'
// records take (some 600 bytes each while they are read).
constexpr std::size_t max_quotes(std::size_t text_bytes) {
  return text_bytes / 256 > 1000 ? text_bytes / 256 : 1000;
}

// Fills document.quotes and document.terms. Entity mentions must already
// carry their cluster ids (identity::cluster_batch); `clusters` gives their
// canonical names, `genders` each cluster's gender (identity::infer_genders).
// Reads, of the batch, only this document and the id, name, type, gender and
// roles of the clusters its mentions name: a corrected batch attributes a
// document again only when one of these changed (pipeline/analyze.cpp,
// link_inputs).
void find_quotes(Document& document, const std::vector<Cluster>& clusters,
                 const std::vector<text::Gender>& genders);

}  // namespace presslens::attribution
