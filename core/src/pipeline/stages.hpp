// The parts of analyze()'s stages that the incremental re-run of a
// corrected batch (correctable.cpp) shares with analyze.cpp: stage 3 with
// the corrections of each of its steps, every step guarded (pipeline/guard.hpp).
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
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
  // What the cross-index read of each document.
  batch::CrossIndexMemory cross_index;

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
  identity::IdentityLimits limits;  // where the rules were bounded: each document says so
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

// identify_and_attribute() in its steps: identify(), link() of each
// document in order, finish().
class Attribution {
 public:
  Attribution(Batch& batch, FindIdentities find, LinkMemory* memory);
  // The identities (with the name corrections) and the clusters' genders.
  void identify();
  // Document `d`'s nominals and quotes.
  void link(std::size_t d);
  // The speaker corrections, on what attribution found.
  void finish();

 private:
  Batch& batch_;
  FindIdentities find_;
  LinkMemory* memory_;
  std::vector<text::Gender> genders_;        // of batch_.clusters, for "he" and "she"
  std::unordered_set<std::string> changed_;  // with memory_: clusters whose inputs changed
};

// All of stage 3 a step at a time, for a progress bar: 1 step for the
// identities ("names"), 1 per document ("quotes"), then the cross-index's
// parts ("links"). Once step() returns false the batch is as after
// identify_and_attribute() and guarded_cross_index().
class Stage3 {
 public:
  // With `memory`, the cross-index keeps what it read of each document in
  // memory->cross_index.
  Stage3(Batch& batch, FindIdentities find, LinkMemory* memory = nullptr);
  // Runs up to `steps` steps; true while any is left.
  bool step(std::size_t steps);
  std::size_t done() const { return done_; }
  std::size_t total() const;
  // What the next step does: "names", "quotes", "links", or "" once finished.
  std::string_view part() const;
  // Once finished: what the cross-index added to each document's warnings.
  const batch::DocumentWarnings& cross_index_warnings() const { return warnings_; }

 private:
  void cross_index_part(std::size_t part);
  Batch& batch_;
  std::vector<char> failed_;  // each document's error before the identities
  Attribution attribution_;
  batch::CrossIndexSteps links_;
  batch::DocumentWarnings warnings_;
  LinkMemory* memory_;
  std::size_t done_ = 0;
};

// The cross-index (batch::cross_index), guarded as finish_batch runs it.
// Returns the warnings it added to each document (none if it failed).
batch::DocumentWarnings guarded_cross_index(Batch& batch,
                                            batch::CrossIndexMemory* memory = nullptr);

// The entity graph alone, rebuilt: the warnings `before` (added by the last
// graph or cross-index) leave the documents, the new ones are added and
// returned.
batch::DocumentWarnings rebuild_graph(Batch& batch, const batch::DocumentWarnings& before);

// Removes from each document the warnings `added` (the last ones it got).
void drop_warnings(Batch& batch, const batch::DocumentWarnings& added);

// The documents that failed after the identities were written (`failed`:
// each document's error then, 1 or 0) leave them: no cluster lists them,
// each counts the mentions the others hold, and one left with none goes.
// Returns whether a cluster changed.
bool forget_failed_in_clusters(Batch& batch, const std::vector<char>& failed);

}  // namespace presslens::pipeline
