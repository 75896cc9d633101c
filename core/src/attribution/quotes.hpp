// find_quotes with a given speaker model, or collecting each quote's
// candidates (for training the model, train.cpp).
#pragma once

#include <vector>

#include "attribution/candidates.hpp"
#include "attribution/ranker.hpp"

namespace presslens::attribution {

// Fills document.quotes and document.terms as find_quotes does, the speakers
// chosen by `model` when there is one. `collected`, when given, receives
// each quote's candidates, in the order of document.quotes.
void find_quotes(Document& document, const std::vector<Cluster>& clusters,
                 const std::vector<text::Gender>& genders, const SpeakerModel* model,
                 std::vector<QuoteCandidates>* collected);

}  // namespace presslens::attribution
