// Stage 3 up to the cross-index, with the corrections of each step, for
// analyze() and for a batch corrected again and again (correctable.cpp):
// every step guarded as robust analysis asks (pipeline/guard.hpp).
#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "attribution/attribution.hpp"
#include "batch/cross_index.hpp"
#include "corrections/corrections.hpp"
#include "identity/identity.hpp"
#include "pipeline/guard.hpp"
#include "pipeline/stages.hpp"
#include "text/sentences.hpp"

namespace presslens::pipeline {
namespace {

bool is_block_op(const Correction& c) {
  return c.kind == CorrectionOp::keep_block || c.kind == CorrectionOp::remove_block;
}

// What nominals and attribution read of a cluster.
std::string cluster_inputs(const Cluster& c, text::Gender gender) {
  std::string out = '\x1e' + c.id + '\x1f' + c.name + '\x1f' + static_cast<char>(c.type) +
                    static_cast<char>(gender);
  for (const auto& role : c.roles) out += '\x1f' + role;
  return out;
}

// What a document's nominals and attribution read of the batch: its
// mentions and, of each cluster they name, its id, name, type, gender and
// roles (find_nominals and find_quotes read nothing else of a cluster).
std::string link_inputs(const Document& d, const std::vector<Cluster>& clusters,
                        const std::vector<text::Gender>& genders) {
  std::string out;
  std::vector<const Cluster*> named;
  for (const auto& e : d.entities) {
    out += std::to_string(e.span.start) + ':' + std::to_string(e.span.end) + ':' +
           static_cast<char>(e.type) + e.cluster + '\x1f';
    if (const Cluster* c = find_cluster(clusters, e.cluster)) named.push_back(c);
  }
  std::sort(named.begin(), named.end());
  named.erase(std::unique(named.begin(), named.end()), named.end());
  for (const Cluster* c : named) {
    const auto index = static_cast<std::size_t>(c - clusters.data());
    out += cluster_inputs(*c, index < genders.size() ? genders[index] : text::Gender::unknown);
  }
  return out;
}

// Genders, each document's votes counted again only when its mentions changed.
std::vector<text::Gender> infer_genders(const Batch& batch, LinkMemory& memory) {
  std::vector<std::vector<identity::GenderVote>> votes(batch.documents.size());
  for (std::size_t d = 0; d < batch.documents.size(); ++d) {
    auto& m = memory.documents[d];
    const auto& entities = batch.documents[d].entities;
    const bool same = std::equal(entities.begin(), entities.end(), m.voted.begin(), m.voted.end(),
                                 [](const EntityMention& a, const EntityMention& b) {
                                   return a.span == b.span && a.type == b.type;
                                 });
    if (!same) {
      m.votes = identity::gender_votes(batch.documents[d]);
      m.voted = entities;
    }
    votes[d] = m.votes;
  }
  return identity::infer_genders(batch, votes);
}

// The batch's mentions as they were, to go back to should the identity step
// throw. Without corrections the step changes only each mention's identity
// and type (write_clusters), and only those are kept (the identity only
// once the mentions have one); corrections may also take mentions away,
// and then every mention is kept whole (a copy of every mention was a
// tenth of the heap at its peak on 1,000 articles).
class MentionsBefore {
 public:
  explicit MentionsBefore(const Batch& batch) : whole_(batch.corrections.has_value()) {
    if (whole_) {
      mentions_.reserve(batch.documents.size());
      for (const auto& d : batch.documents) mentions_.push_back(d.entities);
      return;
    }
    kept_.reserve(batch.documents.size());
    for (const auto& d : batch.documents) {
      auto& kept = kept_.emplace_back();
      kept.types.reserve(d.entities.size());
      for (const auto& e : d.entities) kept.types.push_back(e.type);
      if (std::any_of(d.entities.begin(), d.entities.end(),
                      [](const EntityMention& e) { return !e.cluster.empty(); })) {
        kept.clusters.reserve(d.entities.size());
        for (const auto& e : d.entities) kept.clusters.push_back(e.cluster);
      }
    }
  }
  void restore(Document& d, std::size_t index) const {
    if (whole_) {
      d.entities = mentions_[index];
      return;
    }
    const auto& kept = kept_[index];
    for (std::size_t i = 0; i < d.entities.size() && i < kept.types.size(); ++i) {
      d.entities[i].cluster = kept.clusters.empty() ? std::string() : kept.clusters[i];
      d.entities[i].type = kept.types[i];
    }
  }

 private:
  // A document's mentions' types, and their clusters' names when one has
  // any (not before the first identities are found).
  struct Kept {
    std::vector<EntityType> types;
    std::vector<std::string> clusters;
  };
  bool whole_;
  std::vector<std::vector<EntityMention>> mentions_;
  std::vector<Kept> kept_;
};

// The identities of the batch's mentions: the rules' grouping, edited by the
// name corrections, less the terms (drop_terms), written as clusters. A
// throw fails the heaviest document, and the step runs again from the
// mentions as they were.
void identify_batch(Batch& batch, const FindIdentities& find, LinkMemory* memory) {
  const MentionsBefore before(batch);
  const std::size_t outcomes = batch.correction_outcomes.size();
  bool again = false;
  std::vector<identity::SavedMentions> terms;  // the mentions drop_terms took away
  guard_batch(
      batch,
      [&](Batch& b) {
        Found found = find(b, again);
        identity::warn_limits(b, found.limits);
        if (b.corrections) {
          corrections::edit_identities(b, found.identities, found.before, *b.corrections,
                                       b.correction_outcomes);
        }
        identity::drop_terms(b, found.identities, &terms);
        identity::write_clusters(b, std::move(found.identities),
                                 memory ? &memory->clusters : nullptr);
      },
      [&](Batch& b) {
        again = true;
        b.clusters.clear();
        b.correction_outcomes.resize(std::min(outcomes, b.correction_outcomes.size()));
        for (auto& saved : terms) {
          auto& d = b.documents[saved.document];
          if (!d.error) d.entities = std::move(saved.entities);
        }
        terms.clear();
        for (std::size_t d = 0; d < b.documents.size(); ++d) {
          if (!b.documents[d].error) before.restore(b.documents[d], d);
        }
      });
}

// One document's nominals and quotes, worked out again.
void link(Document& document, const std::vector<Cluster>& clusters,
          const std::vector<text::Gender>& genders) {
  guard_document(document, [&] {
    identity::find_nominals(document, clusters);
    if (!document.error) attribution::find_quotes(document, clusters, genders);
  });
}

// The speaker corrections, on what attribution found.
void edit_speakers(Batch& batch) {
  std::vector<std::vector<Quote>> quotes;
  quotes.reserve(batch.documents.size());
  for (const auto& d : batch.documents) quotes.push_back(d.quotes);
  const std::size_t outcomes = batch.correction_outcomes.size();
  guard_batch(
      batch,
      [&](Batch& b) { corrections::edit_speakers(b, *b.corrections, b.correction_outcomes); },
      [&](Batch& b) {
        b.correction_outcomes.resize(std::min(outcomes, b.correction_outcomes.size()));
        for (std::size_t d = 0; d < b.documents.size(); ++d) {
          if (!b.documents[d].error) b.documents[d].quotes = quotes[d];
        }
      });
}

}  // namespace

void LinkMemory::forget(std::size_t document) {
  documents[document] = {};
  clusters.forget_document(document);
}

Found find_from_rules(const Batch& batch, bool) {
  Found found;
  found.identities = identity::find_identities(batch, &found.limits);
  if (batch.corrections)
    found.before = corrections::number_before_corrections(batch, found.identities);
  return found;
}

void apply_block_corrections(Batch& batch) {
  const auto error = run_guarded([&] {
    corrections::apply_to_blocks(batch.documents, *batch.corrections, batch.correction_outcomes);
  });
  if (!error) return;
  batch.correction_outcomes.clear();
  for (auto& document : batch.documents)
    run_guarded([&] { corrections::restore_cleaner(document); });
  const auto& list = *batch.corrections;
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (!list[i].kind) {
      corrections::report(batch.correction_outcomes, i, list[i], CorrectionStatus::invalid,
                          list[i].problem);
    } else if (is_block_op(list[i])) {
      corrections::report(batch.correction_outcomes, i, list[i], CorrectionStatus::invalid,
                          "not applied: " + error->message);
    }
  }
}

Attribution::Attribution(Batch& batch, FindIdentities find, LinkMemory* memory)
    : batch_(batch), find_(std::move(find)), memory_(memory) {}

void Attribution::identify() {
  identify_batch(batch_, find_, memory_);
  // Genders only help to resolve "he" and "she": without them, none is known.
  if (memory_) memory_->documents.resize(batch_.documents.size());
  if (run_guarded([&] {
        genders_ = memory_ ? infer_genders(batch_, *memory_) : identity::infer_genders(batch_);
      })) {
    genders_.assign(batch_.clusters.size(), text::Gender::unknown);
  }
  if (!memory_) return;
  // The clusters whose part of the inputs changed: a document that names
  // none of them, with the same mentions as before, is taken as it was.
  std::unordered_map<std::string, std::string> now;
  now.reserve(batch_.clusters.size());
  changed_.clear();
  for (std::size_t i = 0; i < batch_.clusters.size(); ++i) {
    const Cluster& c = batch_.clusters[i];
    std::string inputs = cluster_inputs(c, genders_[i]);
    const auto it = memory_->cluster_inputs.find(c.id);
    if (it == memory_->cluster_inputs.end() || it->second != inputs) changed_.insert(c.id);
    now.emplace(c.id, std::move(inputs));
  }
  memory_->cluster_inputs = std::move(now);
}

void Attribution::link(std::size_t d) {
  auto& document = batch_.documents[d];
  if (!memory_) {
    presslens::pipeline::link(document, batch_.clusters, genders_);
    return;
  }
  auto& m = memory_->documents[d];
  if (document.error) {
    m = {};
    return;
  }
  const bool as_before =
      m.linked && document.entities == m.linked_entities &&
      std::none_of(document.entities.begin(), document.entities.end(),
                   [&](const EntityMention& e) { return changed_.contains(e.cluster); });
  std::string inputs = as_before ? std::string() : link_inputs(document, batch_.clusters, genders_);
  if (!as_before && (!m.linked || inputs != m.inputs)) {
    presslens::pipeline::link(document, batch_.clusters, genders_);
    if (document.error) {  // failed while linked: nothing of it is kept
      memory_->forget(d);
      return;
    }
    m.linked = true;
    m.inputs = std::move(inputs);
    m.linked_entities = document.entities;
    m.nominals = document.nominals;
    m.quotes = document.quotes;
    m.terms = document.terms;
  } else {
    if (!as_before) m.linked_entities = document.entities;
    document.nominals = m.nominals;
    document.quotes = m.quotes;
    document.terms = m.terms;
  }
}

void Attribution::finish() {
  if (!batch_.corrections) return;
  edit_speakers(batch_);
  corrections::sort_outcomes(batch_.correction_outcomes);
}

void identify_and_attribute(Batch& batch, const FindIdentities& find, LinkMemory* memory) {
  Attribution attribution(batch, find, memory);
  attribution.identify();
  for (std::size_t d = 0; d < batch.documents.size(); ++d) attribution.link(d);
  attribution.finish();
}

namespace {

void reset_cross_index(Batch& b) {
  b.graph = {};
  b.passages.clear();
  b.claims.clear();
  b.keyphrases.clear();
  b.document_keyphrases.clear();
  b.timeline = {};
  b.stories.clear();
}

}  // namespace

Stage3::Stage3(Batch& batch, FindIdentities find, LinkMemory* memory)
    : batch_(batch),
      attribution_(batch, std::move(find), memory),
      links_(batch, memory ? &memory->cross_index : nullptr),
      memory_(memory) {}

std::size_t Stage3::total() const {
  return 1 + batch_.documents.size() + batch::CrossIndexSteps::kSteps;
}

std::string_view Stage3::part() const {
  if (done_ == 0) return "names";
  if (done_ <= batch_.documents.size()) return "quotes";
  return done_ < total() ? "links" : "";
}

// A part of the cross-index that throws fails the heaviest document, as
// guard_batch() does, and the whole cross-index runs again without it.
void Stage3::cross_index_part(std::size_t part) {
  if (part == 0) attribution_.finish();
  auto error = run_guarded([&] { links_.run(part); });
  if (!error) {
    if (part + 1 == batch::CrossIndexSteps::kSteps) {
      warnings_ = links_.warnings();
      warnings_.resize(batch_.documents.size());
    }
    return;
  }
  done_ = total() - 1;  // nothing of the cross-index is left to step through
  warnings_.assign(batch_.documents.size(), {});
  if (!fail_heaviest(batch_, *error)) return;
  run_guarded([&] { reset_cross_index(batch_); });
  warnings_ = guarded_cross_index(batch_, memory_ ? &memory_->cross_index : nullptr);
}

bool Stage3::step(std::size_t steps) {
  const std::size_t documents = batch_.documents.size();
  for (; steps > 0 && done_ < total(); --steps, ++done_) {
    if (done_ == 0) {
      failed_.clear();
      for (const auto& d : batch_.documents) failed_.push_back(d.error ? 1 : 0);
      for (auto& document : batch_.documents) {
        guard_document(document, [&] {
          if (!document.error && document.sentences.empty() && !document.text.empty())
            document.sentences = text::split_sentences(document.text);
        });
      }
      attribution_.identify();
    } else if (done_ <= documents) {
      attribution_.link(done_ - 1);
    } else {
      cross_index_part(done_ - 1 - documents);
    }
    if (done_ + 1 == total()) forget_failed_in_clusters(batch_, failed_);
  }
  return done_ < total();
}

batch::DocumentWarnings guarded_cross_index(Batch& batch, batch::CrossIndexMemory* memory) {
  batch::DocumentWarnings added;
  const bool done = guard_batch(
      batch, [&](Batch& b) { added = batch::cross_index(b, memory); }, reset_cross_index);
  if (!done) added.clear();
  added.resize(batch.documents.size());
  return added;
}

bool forget_failed_in_clusters(Batch& batch, const std::vector<char>& failed) {
  std::unordered_set<std::string_view> names;  // of the documents failed since
  for (std::size_t d = 0; d < batch.documents.size(); ++d) {
    if (batch.documents[d].error && !(d < failed.size() && failed[d]))
      names.insert(batch.documents[d].name);
  }
  if (names.empty()) return false;
  std::unordered_map<std::string_view, std::size_t> mentions;
  for (const auto& d : batch.documents) {
    for (const auto& e : d.entities) ++mentions[e.cluster];
  }
  bool changed = false;
  for (auto& c : batch.clusters) {
    const std::size_t listed = c.documents.size();
    std::erase_if(c.documents, [&](const std::string& name) { return names.contains(name); });
    const auto it = mentions.find(c.id);
    const std::size_t held = it == mentions.end() ? 0 : it->second;
    changed = changed || listed != c.documents.size() || held != c.mentions;
    c.mentions = held;
  }
  std::erase_if(batch.clusters, [](const Cluster& c) { return c.mentions == 0; });
  return changed;
}

void drop_warnings(Batch& batch, const batch::DocumentWarnings& added) {
  for (std::size_t d = 0; d < batch.documents.size() && d < added.size(); ++d) {
    auto& warnings = batch.documents[d].warnings;
    warnings.resize(warnings.size() - std::min(warnings.size(), added[d].size()));
  }
}

batch::DocumentWarnings rebuild_graph(Batch& batch, const batch::DocumentWarnings& before) {
  drop_warnings(batch, before);
  batch::DocumentWarnings added;
  const bool done = guard_batch(
      batch, [&](Batch& b) { b.graph = batch::build_graph(b, added); },
      [](Batch& b) { b.graph = {}; });
  if (!done) added.clear();
  added.resize(batch.documents.size());
  for (std::size_t d = 0; d < batch.documents.size(); ++d) {
    auto& to = batch.documents[d].warnings;
    to.insert(to.end(), added[d].begin(), added[d].end());
  }
  return added;
}

}  // namespace presslens::pipeline
