// Speaker corrections (stage 3, after attribution): the quote that starts
// at an offset is by this identity, or by someone described in words, or
// (null) by nobody named.
#include <unordered_map>

#include "corrections/corrections.hpp"
#include "text/utf8.hpp"

namespace presslens::corrections {
namespace {

// The batch's clusters by name, then by alias: the one a speaker's name
// means is the cluster so named, else the one with that alias and the most
// mentions.
class ClusterNames {
 public:
  explicit ClusterNames(const std::vector<Cluster>& clusters) : clusters_(clusters) {
    for (std::size_t i = 0; i < clusters.size(); ++i) {
      by_name_.try_emplace(clusters[i].name, i);
      for (const auto& alias : clusters[i].aliases) {
        auto [it, added] = by_alias_.try_emplace(alias, i);
        if (!added && clusters[i].mentions > clusters[it->second].mentions) it->second = i;
      }
    }
  }
  const Cluster* find(const std::string& name) const {
    if (const auto it = by_name_.find(name); it != by_name_.end()) return &clusters_[it->second];
    if (const auto it = by_alias_.find(name); it != by_alias_.end()) return &clusters_[it->second];
    return nullptr;
  }

 private:
  const std::vector<Cluster>& clusters_;
  std::unordered_map<std::string, std::size_t> by_name_;
  std::unordered_map<std::string, std::size_t> by_alias_;
};

}  // namespace

void edit_speakers(Batch& batch, const std::vector<Correction>& list,
                   std::vector<CorrectionOutcome>& outcomes) {
  std::optional<ClusterNames> names;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const Correction& c = list[i];
    if (c.kind != CorrectionOp::speaker) continue;
    const auto d = find_document(batch.documents, c.document);
    if (!d) {
      report(outcomes, i, c, CorrectionStatus::not_found,
             "no document \"" + c.document + "\" in the batch");
      continue;
    }
    auto& document = batch.documents[*d];
    const text::Utf16OffsetMap map(document.text);
    const auto start = map.to_byte(c.start);
    Quote* quote = nullptr;
    for (auto& q : document.quotes) {
      if (start && q.span.start == *start) quote = &q;
    }
    if (!quote) {
      report(outcomes, i, c, CorrectionStatus::not_found,
             "no quote starts at " + std::to_string(c.start) + " of \"" + c.document + "\"");
      continue;
    }
    quote->corrected = true;
    // The user's word, not the model's guess: a corrected speaker is certain.
    quote->confidence = 1.0;
    if (!c.speaker) {
      quote->speaker.reset();
      quote->speaker_cluster.reset();
      quote->cue.clear();
      report(outcomes, i, c, CorrectionStatus::applied);
      continue;
    }
    if (!names) names.emplace(batch.clusters);
    if (const Cluster* cluster = names->find(*c.speaker)) {
      quote->speaker = cluster->name;
      quote->speaker_cluster = cluster->id;
      report(outcomes, i, c, CorrectionStatus::applied);
    } else {
      quote->speaker = *c.speaker;
      quote->speaker_cluster.reset();
      report(outcomes, i, c, CorrectionStatus::applied,
             "no identity named \"" + *c.speaker + "\": credited as written");
    }
  }
}

}  // namespace presslens::corrections
