// A batch analysed once and corrected again and again (the explorer keeps
// one in its worker): each new list of corrections re-runs only the stages
// it touches, and says what changed, so that only that is sent on.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "presslens/analyze.hpp"
#include "presslens/document.hpp"

namespace presslens {

// What a correct() call changed in the `analyze` JSON.
struct BatchChanges {
  std::vector<std::size_t> documents;  // indices of the documents whose JSON changed
  std::vector<std::size_t> whole;      // of those, the ones whose text or blocks changed
  bool clusters = false;
  std::vector<std::size_t> clusters_set;      // indices into Batch::clusters: changed or new
  std::vector<std::string> clusters_removed;  // ids no longer there
  bool graph = false;
  std::vector<std::size_t> nodes_set;  // indices into the graph's nodes: changed or new
  std::vector<std::string> nodes_removed;
  std::vector<std::size_t> edges_set;  // indices into its edges: changed or new
  std::vector<std::pair<std::string, std::string>> edges_removed;  // node ids, the lower first
  bool passages = false;  // passages, claims, keyphrases and timeline change with a text
  bool claims = false;
  bool keyphrases = false;
  bool timeline = false;
  bool stories = false;  // the copies of one story, from the passages
};

class CorrectableBatch {
 public:
  // `batch` after stages 1 and 2 (prepare_batch, then annotate_document on
  // every document, here or elsewhere), with the corrections it was
  // prepared with. Runs stage 3: batch() is then what analyze() gives.
  explicit CorrectableBatch(Batch batch);
  // The same, with stage 3 run a step at a time (a progress bar): step()
  // until it returns false, and only then batch() or correct().
  struct Unfinished {};
  CorrectableBatch(Batch batch, Unfinished);
  // Runs up to `steps` steps of stage 3 (pipeline::Stage3, as BatchFinisher
  // counts them); true while any is left.
  bool step(std::size_t steps);
  std::size_t done() const;
  std::size_t total() const;
  // What the next step does: "names", "quotes", "links", or "" once finished.
  std::string_view part() const;
  ~CorrectableBatch();
  CorrectableBatch(CorrectableBatch&&) noexcept;
  CorrectableBatch& operator=(CorrectableBatch&&) noexcept;

  const Batch& batch() const;

  // Applies `corrections` in place of the current list (the whole list: an
  // undo is the list without its last entry). batch() is then exactly what
  // analyze() gives with these corrections. Only what they touch runs
  // again: a document whose block corrections changed is reassembled and
  // annotated again (stage 2) and the batch's cross-index rebuilt; other
  // corrections re-run the identities, quotes and graph.
  BatchChanges correct(std::vector<Correction> corrections);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// The parts of the `analyze` JSON that `changes` names (internal to
// Presslens, for the page): {"presslens", "indices": [3, 7], "documents":
// [<document 3>, <document 7>], then "clusters", "graph", "passages",
// "claims", "keyphrases", "timeline", "stories" when they changed, and
// "corrections"}.
// A document whose text and blocks did not change is written as its
// "entities", "quotes", "nominals" and "terms" only. "clusters" is what
// changed of them: {"set": [clusters changed or new], "removed": [ids]};
// "graph" likewise: {"nodes": [...], "removed_nodes": [ids], "edges":
// [...], "removed_edges": [[id, id]]} (an edge is known by its two nodes,
// the lower id first). Everything else is written as to_json() writes it.
std::string changes_to_json(const Batch& batch, const BatchChanges& changes);

}  // namespace presslens
