// Entity identities across a batch: which mentions name the same person,
// organisation or place (see docs/attribution.md).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "presslens/document.hpp"
#include "text/lexicon.hpp"

namespace presslens::identity {

// Fills batch.clusters (ids "c1", "c2"... in order of first mention) and sets
// every EntityMention::cluster of the batch's documents.
void cluster_batch(Batch& batch);

// Fills each document's nominals: "the Russian president" after a mention of
// the one person of the article with role "Russian President". Called by
// cluster_batch.
void find_nominals(Batch& batch);

// Each cluster's gender (by its index in batch.clusters), as the batch's
// words show it (see gender.cpp): honorifics, gendered role nouns, the
// pronouns after the name. Unknown for anything but a person with clear
// evidence. Used to resolve "he" and "she"; not part of the output.
std::vector<text::Gender> infer_genders(const Batch& batch);

// The role written before or around a person's mention at `span` of `text`:
// "Russian Foreign Minister" in "Russian Foreign Minister Sergei Lavrov",
// "UN mediator for Syria" in "the UN mediator for Syria, Staffan de Mistura".
// Empty when there is none.
std::string role_before(std::string_view text, Span span);

}  // namespace presslens::identity
