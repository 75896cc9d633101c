// A batch corrected again and again: what stage 2 found in each document is
// kept, so that stage 3 can start again from it with another list of
// corrections; a document is annotated again only when its text changes.
#include "presslens/correctable.hpp"

#include <algorithm>
#include <deque>
#include <memory>
#include <optional>
#include <string_view>
#include <unordered_map>

#include "batch/cross_index.hpp"
#include "clean/clean.hpp"
#include "corrections/corrections.hpp"
#include "identity/identity.hpp"
#include "pipeline/stages.hpp"
#include "text/sentences.hpp"

namespace presslens {

struct CorrectableBatch::State {
  Batch batch;
  std::vector<std::vector<EntityMention>> found;  // each document's mentions as stage 2 left them
  std::vector<identity::Identity> identities;     // the rules' grouping of those
  identity::IdentityLimits limits;                // where that grouping was bounded
  identity::RulesMemory rules;                    // what the rules made of each document
  pipeline::LinkMemory memory;                    // what stage 3 found last time
  corrections::OriginalNumbers numbers;           // ids before any correction
  corrections::Numbering numbering;               // of the mentions as they are now
  batch::DocumentWarnings graph_warnings;         // what the graph last added to each document
  // The name and identity corrections stage 3 last ran with, and what
  // became of each (in their order): a new list that changes only speakers
  // and leaves every text as it was reuses them.
  std::optional<std::vector<Correction>> names;
  std::vector<CorrectionOutcome> name_outcomes;

  // While stage 3 first runs a step at a time (CorrectableBatch::step).
  std::unique_ptr<pipeline::Stage3> stage3;
  bool found_yet = false;  // `identities` and `numbering` hold the batch's

  // The rules' grouping for stage 3: `identities` and `numbering`, found
  // the first time and again should a document fail on the way.
  pipeline::FindIdentities finder() {
    return [this](const Batch& b, bool again) {
      if (!found_yet) {
        limits = {};
        identities = identity::find_identities(b, &limits, &rules);
        numbers = corrections::OriginalNumbers(b, identities);
        numbering = numbers.of(b);
        found_yet = true;
      } else if (again) {
        limits = {};
        identities = identity::find_identities(b, &limits, &rules);
        numbering = numbers.of(b);
      }
      return pipeline::Found{identities, numbering, limits};
    };
  }

  // A document that failed keeps no mention.
  void forget_failed() {
    for (std::size_t d = 0; d < batch.documents.size(); ++d) {
      if (batch.documents[d].error) found[d].clear();
    }
  }

  // Stage 3 up to the cross-index, from `identities` and `numbering`.
  void identify_and_attribute() {
    pipeline::identify_and_attribute(batch, finder(), &memory);
    forget_failed();
  }
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

// The clusters that changed (or are new) and the ids gone.
void diff_clusters(const std::vector<Cluster>& before, const std::vector<Cluster>& after,
                   BatchChanges& changes) {
  std::unordered_map<std::string_view, const Cluster*> old;
  for (const auto& c : before) old.emplace(c.id, &c);
  for (std::size_t i = 0; i < after.size(); ++i) {
    const auto it = old.find(after[i].id);
    if (it == old.end() || !(*it->second == after[i])) changes.clusters_set.push_back(i);
    if (it != old.end()) old.erase(it);
  }
  for (const auto& c : before) {
    if (old.contains(c.id)) changes.clusters_removed.push_back(c.id);
  }
  changes.clusters = !changes.clusters_set.empty() || !changes.clusters_removed.empty();
}

// An edge is known by its nodes' ids, the lower first.
std::pair<std::string_view, std::string_view> edge_key(const Graph& g, const GraphEdge& e) {
  std::string_view s = g.nodes[e.source].id, t = g.nodes[e.target].id;
  return s < t ? std::pair(s, t) : std::pair(t, s);
}

struct PairHash {
  std::size_t operator()(const std::pair<std::string_view, std::string_view>& p) const {
    return std::hash<std::string_view>()(p.first) * 31 + std::hash<std::string_view>()(p.second);
  }
};

void diff_graph(const Graph& before, const Graph& after, BatchChanges& changes) {
  std::unordered_map<std::string_view, const GraphNode*> nodes;
  for (const auto& n : before.nodes) nodes.emplace(n.id, &n);
  for (std::size_t i = 0; i < after.nodes.size(); ++i) {
    const auto it = nodes.find(after.nodes[i].id);
    if (it == nodes.end() || !(*it->second == after.nodes[i])) changes.nodes_set.push_back(i);
    if (it != nodes.end()) nodes.erase(it);
  }
  for (const auto& n : before.nodes) {
    if (nodes.contains(n.id)) changes.nodes_removed.push_back(n.id);
  }
  std::unordered_map<std::pair<std::string_view, std::string_view>, const GraphEdge*, PairHash>
      edges;
  for (const auto& e : before.edges) edges.emplace(edge_key(before, e), &e);
  for (std::size_t i = 0; i < after.edges.size(); ++i) {
    const GraphEdge& e = after.edges[i];
    const auto it = edges.find(edge_key(after, e));
    const bool same = it != edges.end() &&
                      before.nodes[it->second->source].id == after.nodes[e.source].id &&
                      it->second->sentences == e.sentences &&
                      it->second->documents == e.documents && it->second->examples == e.examples;
    if (!same) changes.edges_set.push_back(i);
    if (it != edges.end()) edges.erase(it);
  }
  for (const auto& e : before.edges) {
    const auto key = edge_key(before, e);
    if (edges.contains(key)) changes.edges_removed.emplace_back(key.first, key.second);
  }
  changes.graph = !changes.nodes_set.empty() || !changes.nodes_removed.empty() ||
                  !changes.edges_set.empty() || !changes.edges_removed.empty();
}

// The same mentions in the same clusters: the graph is as it was but for
// its nodes' labels and types, which are their clusters'.
void relabel(Graph& graph, const std::vector<Cluster>& clusters, BatchChanges& changes) {
  for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
    auto& node = graph.nodes[i];
    const Cluster* c = find_cluster(clusters, node.id);
    if (!c || (node.label == c->name && node.type == c->type)) continue;
    node.label = c->name;
    node.type = c->type;
    changes.nodes_set.push_back(i);
  }
  changes.graph = !changes.nodes_set.empty();
}

// The parts of the cross-index that the JSON of a change may leave out
// when they are as they were.
struct CrossIndexParts {
  std::vector<Passage> passages;
  std::deque<ClaimGroup> claims;
  std::vector<Keyphrase> keyphrases;
  std::vector<std::vector<Keyphrase>> document_keyphrases;
  std::vector<Story> stories;
};

CrossIndexParts take_cross_index(Batch& b) {
  return {std::move(b.passages), std::move(b.claims), std::move(b.keyphrases),
          std::move(b.document_keyphrases), std::move(b.stories)};
}

// Which parts changed. One that points into a document whose text changed
// is written again even when equal: its offsets in UTF-16, or the number
// or date it points to, may differ. The timeline holds every document's
// date, and changes with any text.
void diff_cross_index(const CrossIndexParts& before, const Batch& after,
                      const std::vector<char>& text_changed, BatchChanges& changes) {
  const auto retext = [&](std::size_t d) { return d < text_changed.size() && text_changed[d]; };
  changes.passages =
      before.passages != after.passages ||
      std::any_of(after.passages.begin(), after.passages.end(),
                  [&](const Passage& p) { return retext(p.a.document) || retext(p.b.document); });
  changes.claims = before.claims != after.claims ||
                   std::any_of(after.claims.begin(), after.claims.end(), [&](const ClaimGroup& g) {
                     return std::any_of(g.claims.begin(), g.claims.end(),
                                        [&](const Claim& c) { return retext(c.document); });
                   });
  changes.keyphrases = before.keyphrases != after.keyphrases ||
                       before.document_keyphrases != after.document_keyphrases;
  changes.timeline = true;
  changes.stories = before.stories != after.stories;
}

std::size_t failed(const std::vector<Document>& documents) {
  return static_cast<std::size_t>(std::count_if(
      documents.begin(), documents.end(), [](const Document& d) { return d.error.has_value(); }));
}

bool is_name_op(const Correction& c) {
  return c.kind && *c.kind != CorrectionOp::speaker && *c.kind != CorrectionOp::keep_block &&
         *c.kind != CorrectionOp::remove_block;
}

std::vector<Correction> name_ops(const std::vector<Correction>& list) {
  std::vector<Correction> out;
  for (const auto& c : list) {
    if (is_name_op(c)) out.push_back(c);
  }
  return out;
}

// The outcomes of the name corrections of `list`, in their order.
std::vector<CorrectionOutcome> name_outcomes(const std::vector<Correction>& list,
                                             const std::vector<CorrectionOutcome>& outcomes) {
  std::vector<CorrectionOutcome> out;
  for (const auto& o : outcomes) {
    if (o.index < list.size() && is_name_op(list[o.index])) out.push_back(o);
  }
  return out;
}

}  // namespace

CorrectableBatch::CorrectableBatch(Batch batch) : CorrectableBatch(std::move(batch), Unfinished{}) {
  while (step(64)) {
  }
}

CorrectableBatch::CorrectableBatch(Batch batch, Unfinished) : state_(std::make_unique<State>()) {
  auto& s = *state_;
  s.batch = std::move(batch);
  s.found.reserve(s.batch.documents.size());
  for (auto& d : s.batch.documents) {
    if (!d.error && d.sentences.empty() && !d.text.empty())
      d.sentences = text::split_sentences(d.text);
    s.found.push_back(d.entities);
  }
  s.stage3 = std::make_unique<pipeline::Stage3>(s.batch, s.finder(), &s.memory);
}

bool CorrectableBatch::step(std::size_t steps) {
  auto& s = *state_;
  if (!s.stage3) return false;
  if (s.stage3->step(steps)) return true;
  s.graph_warnings = s.stage3->cross_index_warnings();
  s.stage3.reset();
  s.forget_failed();
  if (s.batch.corrections) {
    s.names = name_ops(*s.batch.corrections);
    s.name_outcomes = name_outcomes(*s.batch.corrections, s.batch.correction_outcomes);
  }
  return false;
}

std::size_t CorrectableBatch::done() const {
  const auto& s = *state_;
  return s.stage3 ? s.stage3->done() : total();
}

std::size_t CorrectableBatch::total() const {
  const auto& s = *state_;
  return s.stage3 ? s.stage3->total()
                  : 1 + s.batch.documents.size() + batch::CrossIndexSteps::kSteps;
}

std::string_view CorrectableBatch::part() const {
  return state_->stage3 ? state_->stage3->part() : std::string_view();
}

CorrectableBatch::~CorrectableBatch() = default;
CorrectableBatch::CorrectableBatch(CorrectableBatch&&) noexcept = default;
CorrectableBatch& CorrectableBatch::operator=(CorrectableBatch&&) noexcept = default;

const Batch& CorrectableBatch::batch() const {
  return state_->batch;
}

BatchChanges CorrectableBatch::correct(std::vector<Correction> corrections) {
  while (step(64)) {  // stage 3 first finishes, should it be under way
  }
  auto& s = *state_;
  auto& documents = s.batch.documents;
  BatchChanges changes;
  const auto retext = corrections::documents_with_other_blocks(
      s.batch.corrections.value_or(std::vector<Correction>{}), corrections);
  s.batch.corrections = std::move(corrections);
  s.batch.correction_outcomes.clear();
  pipeline::apply_block_corrections(s.batch);
  std::vector<std::vector<std::string>> warnings_before;
  std::vector<char> failed_before(documents.size(), 0);
  warnings_before.reserve(documents.size());
  for (std::size_t d = 0; d < documents.size(); ++d) {
    warnings_before.push_back(documents[d].warnings);
    failed_before[d] = documents[d].error.has_value();
  }

  // Stage 3 starts again from what stage 2 found; what it showed before is
  // kept aside, to tell what changed.
  std::vector<Linked> before;
  before.reserve(documents.size());
  for (std::size_t d = 0; d < documents.size(); ++d) {
    before.push_back(take_linked(documents[d]));
    if (!documents[d].error) documents[d].entities = s.found[d];
  }
  // Stage 2 again for each document whose text the block corrections changed.
  std::vector<char> text_changed(documents.size(), 0);
  for (const auto& name : retext) {
    for (std::size_t d = 0; d < documents.size(); ++d) {
      if (documents[d].name != name || documents[d].error) continue;
      if (!clean::assemble_text(documents[d])) continue;  // the blocks were already as asked
      documents[d].sentences = text::split_sentences(documents[d].text);
      annotate_document(documents[d]);
      s.memory.forget(d);
      s.found[d] = documents[d].entities;
      text_changed[d] = 1;
    }
  }
  const bool any_text =
      std::find(text_changed.begin(), text_changed.end(), 1) != text_changed.end();
  const auto& list = *s.batch.corrections;
  auto names = name_ops(list);
  if (!any_text && s.names == names) {
    // Only speakers changed: the identities and attribution stand; the
    // speaker corrections apply again to what attribution found.
    for (std::size_t d = 0; d < documents.size(); ++d) {
      documents[d].entities = before[d].entities;
      documents[d].nominals = before[d].nominals;
      documents[d].terms = before[d].terms;
      documents[d].quotes = s.memory.documents[d].quotes;
    }
    std::size_t k = 0;
    for (std::size_t i = 0; i < list.size(); ++i) {
      if (!is_name_op(list[i])) continue;
      CorrectionOutcome outcome = s.name_outcomes[k++];
      outcome.index = i;
      s.batch.correction_outcomes.push_back(std::move(outcome));
    }
    corrections::edit_speakers(s.batch, list, s.batch.correction_outcomes);
    corrections::sort_outcomes(s.batch.correction_outcomes);
  } else {
    if (any_text) {
      s.limits = {};
      s.identities = identity::find_identities(s.batch, &s.limits, &s.rules);
      s.numbering = s.numbers.of(s.batch);
    }
    auto clusters_before = std::move(s.batch.clusters);
    auto graph_before = std::move(s.batch.graph);
    const std::size_t failures = failed(documents);
    s.identify_and_attribute();
    s.names = std::move(names);
    s.name_outcomes = name_outcomes(list, s.batch.correction_outcomes);
    diff_clusters(clusters_before, s.batch.clusters, changes);
    // The graph reads each mention's cluster, and of a cluster its name and
    // type (a mention's own type and text only when it has no cluster).
    const auto same_node = [](const EntityMention& a, const EntityMention& b) {
      return a.span == b.span && a.cluster == b.cluster &&
             (!a.cluster.empty() || (a.type == b.type && a.text == b.text));
    };
    const bool same_entities =
        std::equal(documents.begin(), documents.end(), before.begin(), before.end(),
                   [&](const Document& d, const Linked& b) {
                     return std::equal(d.entities.begin(), d.entities.end(), b.entities.begin(),
                                       b.entities.end(), same_node);
                   });
    if (any_text || failed(documents) != failures) {
      const bool failures_changed = failed(documents) != failures;
      CrossIndexParts parts_before = take_cross_index(s.batch);
      pipeline::drop_warnings(s.batch, s.graph_warnings);
      s.graph_warnings = pipeline::guarded_cross_index(s.batch, &s.memory.cross_index);
      if (failures_changed) {
        changes.passages = changes.claims = changes.keyphrases = changes.timeline = true;
        changes.stories = true;
      } else {
        diff_cross_index(parts_before, s.batch, text_changed, changes);
      }
      diff_graph(graph_before, s.batch.graph, changes);
    } else {
      if (same_entities) {
        s.batch.graph = std::move(graph_before);
        if (changes.clusters) relabel(s.batch.graph, s.batch.clusters, changes);
      } else {
        s.graph_warnings = pipeline::rebuild_graph(s.batch, s.graph_warnings);
        diff_graph(graph_before, s.batch.graph, changes);
      }
      // Figures are grouped by subject, an identity, and each group says
      // why with its name: they follow the identities.
      if (changes.clusters || !same_entities) {
        auto claims = batch::find_claims(s.batch.documents, s.batch.clusters);
        changes.claims = claims != s.batch.claims;
        s.batch.claims = std::move(claims);
      }
    }
  }
  if (pipeline::forget_failed_in_clusters(s.batch, failed_before)) changes.clusters = true;
  // A document whose blocks were corrected shows the correction, even when
  // its text did not change.
  for (const auto& name : retext) {
    if (const auto d = corrections::find_document(documents, name)) text_changed[*d] = 1;
  }
  // So does one whose warnings changed (a limit of the graph), or that failed.
  for (std::size_t d = 0; d < documents.size(); ++d) {
    if (documents[d].warnings != warnings_before[d] || (documents[d].error && !failed_before[d]))
      text_changed[d] = 1;
  }
  for (std::size_t d = 0; d < documents.size(); ++d) {
    if (text_changed[d]) changes.whole.push_back(d);
    if (text_changed[d] || !same_linked(documents[d], before[d])) changes.documents.push_back(d);
  }
  return changes;
}

}  // namespace presslens
