// Who said what: direct quotes, reported speech and their speakers, and the
// quoted terms that nobody says (see docs/attribution.md).
#pragma once

#include <vector>

#include "presslens/document.hpp"
#include "text/lexicon.hpp"

namespace presslens::attribution {

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
