// Block corrections (stage 1): a block the cleaner removed is kept, or one
// it kept is removed. The cleaner's own decision is kept beside it, so that
// another list of corrections can start again from it.
#include <algorithm>
#include <map>

#include "corrections/corrections.hpp"

namespace presslens::corrections {
namespace {

constexpr std::string_view kRemovedReason = "removed by a correction";

bool is_block_op(const Correction& c) {
  return c.kind == CorrectionOp::keep_block || c.kind == CorrectionOp::remove_block;
}

}  // namespace

void restore_cleaner(Document& document) {
  for (auto& block : document.blocks) {
    if (!block.cleaner) continue;
    block.kind = block.cleaner->kind;
    block.kept = block.cleaner->kept;
    block.reason = block.cleaner->reason;
    block.duplicate_of = block.cleaner->duplicate_of;
    block.cleaner.reset();
  }
}

namespace {

void apply(Block& block, CorrectionOp op) {
  if (!block.cleaner)
    block.cleaner = BlockDecision{block.kind, block.kept, block.reason, block.duplicate_of};
  if (op == CorrectionOp::keep_block) {
    block.kept = true;
    block.reason.clear();
    block.duplicate_of.reset();
    // Kept as part of the article: a caption or a line of furniture becomes
    // a paragraph of the text (a heading stays a heading).
    if (block.kind != BlockKind::heading) block.kind = BlockKind::paragraph;
  } else {
    block.kept = false;
    block.reason = kRemovedReason;
  }
}

}  // namespace

std::optional<std::size_t> find_document(std::span<const Document> documents,
                                         std::string_view name) {
  for (std::size_t d = 0; d < documents.size(); ++d) {
    if (documents[d].name == name) return d;
  }
  return std::nullopt;
}

void report(std::vector<CorrectionOutcome>& outcomes, std::size_t index, const Correction& c,
            CorrectionStatus status, std::string message) {
  outcomes.push_back({index, c.op, status, std::move(message)});
}

void sort_outcomes(std::vector<CorrectionOutcome>& outcomes) {
  std::stable_sort(
      outcomes.begin(), outcomes.end(),
      [](const CorrectionOutcome& a, const CorrectionOutcome& b) { return a.index < b.index; });
}

void apply_to_blocks(std::span<Document> documents, const std::vector<Correction>& list,
                     std::vector<CorrectionOutcome>& outcomes) {
  for (auto& document : documents) restore_cleaner(document);
  for (std::size_t i = 0; i < list.size(); ++i) {
    const Correction& c = list[i];
    if (!c.kind) {
      report(outcomes, i, c, CorrectionStatus::invalid, c.problem);
      continue;
    }
    if (!is_block_op(c)) continue;
    const auto d = find_document(documents, c.document);
    if (!d) {
      report(outcomes, i, c, CorrectionStatus::not_found,
             "no document \"" + c.document + "\" in the batch");
      continue;
    }
    auto& blocks = documents[*d].blocks;
    if (c.block >= blocks.size()) {
      report(outcomes, i, c, CorrectionStatus::not_found,
             blocks.empty()
                 ? "\"" + c.document + "\" has no blocks"
                 : "\"" + c.document + "\" has blocks 0 to " + std::to_string(blocks.size() - 1));
      continue;
    }
    apply(blocks[c.block], *c.kind);
    report(outcomes, i, c, CorrectionStatus::applied);
  }
}

std::vector<std::string> documents_with_other_blocks(const std::vector<Correction>& before,
                                                     const std::vector<Correction>& after) {
  using PerDocument = std::map<std::string, std::vector<const Correction*>>;
  const auto by_document = [](const std::vector<Correction>& list) {
    PerDocument out;
    for (const auto& c : list) {
      if (is_block_op(c)) out[c.document].push_back(&c);
    }
    return out;
  };
  const PerDocument a = by_document(before);
  const PerDocument b = by_document(after);
  const auto same = [](const std::vector<const Correction*>& x,
                       const std::vector<const Correction*>& y) {
    return std::equal(x.begin(), x.end(), y.begin(), y.end(),
                      [](const Correction* p, const Correction* q) { return *p == *q; });
  };
  std::vector<std::string> changed;
  for (const auto& [name, ops] : a) {
    const auto it = b.find(name);
    if (it == b.end() || !same(ops, it->second)) changed.push_back(name);
  }
  for (const auto& [name, ops] : b) {
    if (!a.contains(name)) changed.push_back(name);
  }
  return changed;
}

}  // namespace presslens::corrections
