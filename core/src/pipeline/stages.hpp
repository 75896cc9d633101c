// The parts of analyze()'s stages that the incremental re-run of a
// corrected batch (correctable.cpp) shares with analyze.cpp.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "corrections/corrections.hpp"
#include "identity/identity.hpp"
#include "presslens/document.hpp"

namespace presslens::pipeline {

// What stage 3 found last time, for a batch corrected again and again: a
// part whose inputs have not changed is taken from here instead of being
// worked out again. Each document's nominals and quotes depend on its text,
// its mentions and the clusters they name only; its gender votes on its text
// and mentions only.
struct LinkMemory {
  identity::ClusterCache clusters;
  struct Document {
    bool linked = false;               // `inputs` and what follows hold something
    std::vector<EntityMention> voted;  // the mentions `votes` were counted for
    std::vector<identity::GenderVote> votes;
    std::string inputs;                          // what nominals and attribution read of the batch
    std::vector<EntityMention> linked_entities;  // its mentions then
    std::vector<EntityMention> nominals;
    std::vector<Quote> quotes;  // as attribution found them (before speaker corrections)
    std::vector<Term> terms;
  };
  std::vector<Document> documents;
  // What attribution reads of each cluster (link_inputs), last time, by id.
  std::unordered_map<std::string, std::string> cluster_inputs;

  // A document's text changed: nothing of it, and no cluster with a
  // mention in it, is reused.
  void forget(std::size_t document);
};

// Stage 3 up to the cross-index: the identities of the batch's mentions
// and the quotes, each with the corrections of its step (batch.corrections).
// `found` is the rules' grouping of the mentions as stage 2 left them;
// `before` the numbers their identities had before any correction (unused
// without corrections). With `memory`, what has not changed is reused, and
// the memory updated: the result is the same.
void identify_and_attribute(Batch& batch, std::vector<identity::Identity> found,
                            const corrections::Numbering& before, LinkMemory* memory = nullptr);

}  // namespace presslens::pipeline
