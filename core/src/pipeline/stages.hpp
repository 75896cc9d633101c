// The parts of analyze()'s stages that the incremental re-run of a
// corrected batch (correctable.cpp) shares with analyze.cpp: stage 3 with
// the corrections of each of its steps, every step guarded (pipeline/guard.hpp).
#pragma once

#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#include "batch/cross_index.hpp"
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

// The rules' grouping of the batch's mentions as stage 2 left them, and the
// numbers their identities had before any correction (unused without
// corrections).
struct Found {
  std::vector<identity::Identity> identities;
  corrections::Numbering before;
};

// Gives the Found of a batch. `again` is set when a document has failed
// since the last call (its mentions are gone): what was found before is
// then out of date.
using FindIdentities = std::function<Found(const Batch& batch, bool again)>;

// find_identities and number_before_corrections, every time.
Found find_from_rules(const Batch& batch, bool again);

// Stage 1's block corrections (batch.corrections), after the cleaner and
// before the text is assembled. Should they fail, the blocks stay as the
// cleaner left them and each block correction is reported as not applied.
void apply_block_corrections(Batch& batch);

// Stage 3 up to the cross-index: the identities of the batch's mentions
// and the quotes, each with the corrections of its step (batch.corrections).
// With `memory`, what has not changed is reused, and the memory updated:
// the result is the same. A step of the whole batch that throws fails the
// heaviest document and runs again; a document's step fails that document.
void identify_and_attribute(Batch& batch, const FindIdentities& find, LinkMemory* memory = nullptr);

// The cross-index (batch::cross_index), guarded as finish_batch runs it.
// Returns the warnings it added to each document (none if it failed).
batch::DocumentWarnings guarded_cross_index(Batch& batch);

// The entity graph alone, rebuilt: the warnings `before` (added by the last
// graph or cross-index) leave the documents, the new ones are added and
// returned.
batch::DocumentWarnings rebuild_graph(Batch& batch, const batch::DocumentWarnings& before);

// Removes from each document the warnings `added` (the last ones it got).
void drop_warnings(Batch& batch, const batch::DocumentWarnings& added);

}  // namespace presslens::pipeline
