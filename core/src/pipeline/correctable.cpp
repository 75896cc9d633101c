// A batch corrected again and again: what stage 2 found in each document is
// kept, so that stage 3 can start again from it with another list of
// corrections; a document is annotated again only when its text changes.
#include "presslens/correctable.hpp"

#include <algorithm>

#include "batch/cross_index.hpp"
#include "batch/words.hpp"
#include "clean/clean.hpp"
#include "corrections/corrections.hpp"
#include "identity/identity.hpp"
#include "pipeline/stages.hpp"

namespace presslens {

struct CorrectableBatch::State {
  Batch batch;
  std::vector<std::vector<EntityMention>> found;  // each document's mentions as stage 2 left them
  std::vector<identity::Identity> identities;     // the rules' grouping of those
  batch::Sentences sentences;                     // of each document's text
};

namespace {

// What a document shows of stage 3, to tell whether it changed.
struct Linked {
  std::vector<EntityMention> entities;
  std::vector<EntityMention> nominals;
  std::vector<Quote> quotes;
  std::vector<Term> terms;
  bool operator==(const Linked&) const = default;
};

Linked take_linked(Document& d) {
  return {std::move(d.entities), std::move(d.nominals), std::move(d.quotes), std::move(d.terms)};
}

bool same_linked(const Document& d, const Linked& before) {
  return d.entities == before.entities && d.nominals == before.nominals &&
         d.quotes == before.quotes && d.terms == before.terms;
}

}  // namespace

CorrectableBatch::CorrectableBatch(Batch batch) : state_(std::make_unique<State>()) {
  auto& s = *state_;
  s.batch = std::move(batch);
  s.found.reserve(s.batch.documents.size());
  s.sentences.reserve(s.batch.documents.size());
  for (const auto& d : s.batch.documents) {
    s.found.push_back(d.entities);
    s.sentences.push_back(batch::split_sentences(d.text));
  }
  s.identities = identity::find_identities(s.batch);
  pipeline::identify_and_attribute(s.batch, s.identities);
  batch::cross_index(s.batch, s.sentences);
}

CorrectableBatch::~CorrectableBatch() = default;
CorrectableBatch::CorrectableBatch(CorrectableBatch&&) noexcept = default;
CorrectableBatch& CorrectableBatch::operator=(CorrectableBatch&&) noexcept = default;

const Batch& CorrectableBatch::batch() const {
  return state_->batch;
}

BatchChanges CorrectableBatch::correct(std::vector<Correction> corrections) {
  auto& s = *state_;
  auto& documents = s.batch.documents;
  BatchChanges changes;
  const auto retext = corrections::documents_with_other_blocks(
      s.batch.corrections.value_or(std::vector<Correction>{}), corrections);
  s.batch.corrections = std::move(corrections);
  s.batch.correction_outcomes.clear();
  corrections::apply_to_blocks(documents, *s.batch.corrections, s.batch.correction_outcomes);

  // Stage 3 starts again from what stage 2 found; what it showed before is
  // kept aside, to tell what changed.
  std::vector<Linked> before;
  before.reserve(documents.size());
  for (std::size_t d = 0; d < documents.size(); ++d) {
    before.push_back(take_linked(documents[d]));
    documents[d].entities = s.found[d];
  }
  // Stage 2 again for each document whose text the block corrections changed.
  std::vector<char> text_changed(documents.size(), 0);
  for (const auto& name : retext) {
    for (std::size_t d = 0; d < documents.size(); ++d) {
      if (documents[d].name != name || documents[d].error) continue;
      const std::string text = std::move(documents[d].text);
      clean::assemble_text(documents[d]);
      if (documents[d].text == text) continue;  // the blocks were already as asked
      annotate_document(documents[d]);
      s.found[d] = documents[d].entities;
      s.sentences[d] = batch::split_sentences(documents[d].text);
      text_changed[d] = 1;
    }
  }
  const bool any_text =
      std::find(text_changed.begin(), text_changed.end(), 1) != text_changed.end();
  if (any_text) s.identities = identity::find_identities(s.batch);

  const auto clusters_before = std::move(s.batch.clusters);
  const auto graph_before = std::move(s.batch.graph);
  pipeline::identify_and_attribute(s.batch, s.identities);
  if (any_text) {
    batch::cross_index(s.batch, s.sentences);
    changes.passages = changes.claims = changes.keyphrases = changes.timeline = true;
  } else {
    s.batch.graph = batch::build_graph(s.batch, s.sentences);
  }
  changes.graph = s.batch.graph != graph_before;
  changes.clusters = s.batch.clusters != clusters_before;
  for (std::size_t d = 0; d < documents.size(); ++d) {
    if (text_changed[d] || !same_linked(documents[d], before[d])) changes.documents.push_back(d);
  }
  // A document whose blocks were corrected without a change of text still
  // shows the correction.
  for (const auto& name : retext) {
    if (const auto d = corrections::find_document(documents, name)) changes.documents.push_back(*d);
  }
  std::sort(changes.documents.begin(), changes.documents.end());
  changes.documents.erase(std::unique(changes.documents.begin(), changes.documents.end()),
                          changes.documents.end());
  return changes;
}

}  // namespace presslens
