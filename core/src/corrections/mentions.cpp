// Mention corrections (stage 3, before the identity rules): "Election Day"
// is not a name; "Teneo" is an organisation. The rules then group the
// mentions as corrected.
#include <unordered_map>

#include "corrections/corrections.hpp"

namespace presslens::corrections {
namespace {

// Every mention of the batch by its text, and by its text without a
// possessive when that differs.
using MentionIndex = std::unordered_map<std::string, std::vector<identity::MentionRef>>;

MentionIndex index_mentions(const Batch& batch) {
  MentionIndex index;
  for (std::size_t d = 0; d < batch.documents.size(); ++d) {
    const auto& entities = batch.documents[d].entities;
    for (std::size_t e = 0; e < entities.size(); ++e) {
      const std::string_view text = entities[e].text;
      index[std::string(text)].push_back({d, e});
      if (const auto bare = without_possessive(text); bare.size() != text.size())
        index[std::string(bare)].push_back({d, e});
    }
  }
  return index;
}

}  // namespace

std::string_view without_possessive(std::string_view text) {
  for (std::string_view tail : {"'s", "\u2019s"}) {
    if (text.size() > tail.size() + 1 && text.ends_with(tail))
      return text.substr(0, text.size() - tail.size());
  }
  return text;
}

MentionEdits edit_mentions(Batch& batch, const std::vector<Correction>& list,
                           std::vector<CorrectionOutcome>& outcomes) {
  MentionEdits edits;
  const MentionIndex index = index_mentions(batch);
  std::vector<std::vector<char>> removed(batch.documents.size());
  for (std::size_t d = 0; d < batch.documents.size(); ++d)
    removed[d].assign(batch.documents[d].entities.size(), 0);
  for (std::size_t i = 0; i < list.size(); ++i) {
    const Correction& c = list[i];
    if (c.kind != CorrectionOp::not_a_name && c.kind != CorrectionOp::retype) continue;
    std::size_t found = 0;
    if (const auto it = index.find(c.name); it != index.end()) {
      for (const auto& m : it->second) {
        if (removed[m.document][m.entity]) continue;
        ++found;
        if (c.kind == CorrectionOp::not_a_name) {
          removed[m.document][m.entity] = 1;
        } else {
          batch.documents[m.document].entities[m.entity].type = c.type;
        }
      }
    }
    if (found == 0) {
      report(outcomes, i, c, CorrectionStatus::not_found,
             "no name \"" + c.name + "\" in the batch");
      continue;
    }
    edits.changed = true;
    report(outcomes, i, c, CorrectionStatus::applied);
  }
  edits.original.resize(batch.documents.size());
  for (std::size_t d = 0; d < batch.documents.size(); ++d) {
    auto& entities = batch.documents[d].entities;
    auto& original = edits.original[d];
    std::vector<EntityMention> kept;
    kept.reserve(entities.size());
    for (std::size_t e = 0; e < entities.size(); ++e) {
      if (removed[d][e]) continue;
      original.push_back(e);
      kept.push_back(std::move(entities[e]));
    }
    entities = std::move(kept);
  }
  return edits;
}

}  // namespace presslens::corrections
