// find_quotes with a given speaker model, or collecting each quote's
// candidates (for training the model, train.cpp).
#pragma once

#include <vector>

#include "attribution/candidates.hpp"
#include "attribution/ranker.hpp"
#include "attribution/term_model.hpp"

namespace presslens::attribution {

// A segment of two or three words nobody is credited with, as the
// quote-or-term model read it (for training that model, tools/train/).
struct TermCase {
  Span span;  // its words
  learn::ActiveFeatures features;
};

// Fills document.quotes and document.terms as find_quotes does, the speakers
// chosen by `model` when there is one and short segments read by `terms`.
// `collected`, when given, receives each quote's candidates, in the order of
// document.quotes; `cases` each segment `terms` read.
void find_quotes(Document& document, const std::vector<Cluster>& clusters,
                 const std::vector<text::Gender>& genders, const SpeakerModel* model,
                 std::vector<QuoteCandidates>* collected,
                 const learn::LinearModel& terms = term_model(),
                 std::vector<TermCase>* cases = nullptr);

}  // namespace presslens::attribution
