// Stage 3 up to the cross-index, with the corrections of each step, for
// analyze() and for a batch corrected again and again (correctable.cpp):
// every step guarded as robust analysis asks (pipeline/guard.hpp).
#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "attribution/attribution.hpp"
#include "batch/cross_index.hpp"
#include "corrections/corrections.hpp"
#include "identity/identity.hpp"
#include "pipeline/guard.hpp"
#include "pipeline/stages.hpp"

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

// The identities of the batch's mentions: the rules' grouping, edited by the
// name corrections, written as clusters. A throw fails the heaviest
// document, and the step runs again from the mentions as they were.
void identify(Batch& batch, const FindIdentities& find, LinkMemory* memory) {
  std::vector<std::vector<EntityMention>> mentions;
  mentions.reserve(batch.documents.size());
  for (const auto& d : batch.documents) mentions.push_back(d.entities);
  const std::size_t outcomes = batch.correction_outcomes.size();
  bool again = false;
  guard_batch(
      batch,
      [&](Batch& b) {
        Found found = find(b, again);
        if (b.corrections) {
          corrections::edit_identities(b, found.identities, found.before, *b.corrections,
                                       b.correction_outcomes);
        }
        identity::write_clusters(b, std::move(found.identities),
                                 memory ? &memory->clusters : nullptr);
      },
      [&](Batch& b) {
        again = true;
        b.clusters.clear();
        b.correction_outcomes.resize(std::min(outcomes, b.correction_outcomes.size()));
        for (std::size_t d = 0; d < b.documents.size(); ++d) {
          if (!b.documents[d].error) b.documents[d].entities = mentions[d];
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
  found.identities = identity::find_identities(batch);
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

void identify_and_attribute(Batch& batch, const FindIdentities& find, LinkMemory* memory) {
  identify(batch, find, memory);
  // Genders only help to resolve "he" and "she": without them, none is known.
  std::vector<text::Gender> genders;
  if (memory) memory->documents.resize(batch.documents.size());
  if (run_guarded([&] {
        genders = memory ? infer_genders(batch, *memory) : identity::infer_genders(batch);
      })) {
    genders.assign(batch.clusters.size(), text::Gender::unknown);
  }
  if (!memory) {
    for (auto& document : batch.documents) link(document, batch.clusters, genders);
  } else {
    // The clusters whose part of the inputs changed: a document that names
    // none of them, with the same mentions as before, is taken as it was.
    std::unordered_map<std::string, std::string> now;
    now.reserve(batch.clusters.size());
    std::unordered_set<std::string_view> changed;
    for (std::size_t i = 0; i < batch.clusters.size(); ++i) {
      const Cluster& c = batch.clusters[i];
      std::string inputs = cluster_inputs(c, genders[i]);
      const auto it = memory->cluster_inputs.find(c.id);
      if (it == memory->cluster_inputs.end() || it->second != inputs) changed.insert(c.id);
      now.emplace(c.id, std::move(inputs));
    }
    memory->cluster_inputs = std::move(now);
    for (std::size_t d = 0; d < batch.documents.size(); ++d) {
      auto& document = batch.documents[d];
      auto& m = memory->documents[d];
      if (document.error) {
        m = {};
        continue;
      }
      const bool as_before =
          m.linked && document.entities == m.linked_entities &&
          std::none_of(document.entities.begin(), document.entities.end(),
                       [&](const EntityMention& e) { return changed.contains(e.cluster); });
      std::string inputs =
          as_before ? std::string() : link_inputs(document, batch.clusters, genders);
      if (!as_before && (!m.linked || inputs != m.inputs)) {
        link(document, batch.clusters, genders);
        if (document.error) {  // failed while linked: nothing of it is kept
          memory->forget(d);
          continue;
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
  }
  if (batch.corrections) {
    edit_speakers(batch);
    corrections::sort_outcomes(batch.correction_outcomes);
  }
}

batch::DocumentWarnings guarded_cross_index(Batch& batch) {
  batch::DocumentWarnings added;
  const bool done = guard_batch(
      batch, [&](Batch& b) { added = batch::cross_index(b); },
      [](Batch& b) {
        b.graph = {};
        b.passages.clear();
        b.claims.clear();
        b.keyphrases.clear();
        b.document_keyphrases.clear();
        b.timeline = {};
      });
  if (!done) added.clear();
  added.resize(batch.documents.size());
  return added;
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
