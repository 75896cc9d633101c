// Applying corrections (presslens/corrections.hpp), each at the stage it
// changes, around the stages and never inside their rules:
//   stage 1, after the cleaner: keep_block, remove_block (the text follows);
//   stage 3, before the identity rules: not_a_name, retype (the mentions);
//   stage 3, on the rules' identities: merge, split, unmerge, retype, rename;
//   stage 3, after attribution: speaker.
// Each function appends the outcome of every correction it applies to
// `outcomes`; sort_outcomes() puts them in list order at the end.
#pragma once

#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "identity/identity.hpp"
#include "presslens/corrections.hpp"
#include "presslens/document.hpp"

namespace presslens::corrections {

// Stage 1: puts back what the cleaner decided on every block a correction
// had changed, then applies the block corrections of `list` in order.
// Reports them, and every correction that is invalid in itself. Does not
// rebuild the text (clean::assemble_text does).
void apply_to_blocks(std::span<Document> documents, const std::vector<Correction>& list,
                     std::vector<CorrectionOutcome>& outcomes);

// The documents whose block corrections differ between two lists (by name).
std::vector<std::string> documents_with_other_blocks(const std::vector<Correction>& before,
                                                     const std::vector<Correction>& after);

// Where each mention went when edit_mentions() removed some: per document,
// the mention's index before the edits, for each index after them.
struct MentionEdits {
  bool changed = false;  // some mention was removed or retyped
  std::vector<std::vector<std::size_t>> original;
};

// Stage 3, before the identity rules: not_a_name removes the mentions with
// that text, retype gives them its type.
MentionEdits edit_mentions(Batch& batch, const std::vector<Correction>& list,
                           std::vector<CorrectionOutcome>& outcomes);

// Stage 3, on `identities` (the rules' grouping of the edited mentions):
// merge, split, unmerge, rename and retype, in list order (retype last);
// then numbers every identity so that ids stay where they were: `found` is
// the rules' grouping of the mentions before edit_mentions(), numbered in
// order, and each of its numbers goes to the identity that holds most of
// its mentions; identities left without one get numbers after them.
void edit_identities(Batch& batch, std::vector<identity::Identity>& identities,
                     const std::vector<identity::Identity>& found, const MentionEdits& edits,
                     const std::vector<Correction>& list, std::vector<CorrectionOutcome>& outcomes);

// Stage 3, after attribution: who said each quote a correction names.
void edit_speakers(Batch& batch, const std::vector<Correction>& list,
                   std::vector<CorrectionOutcome>& outcomes);

void sort_outcomes(std::vector<CorrectionOutcome>& outcomes);

// Shared by the steps above.
// The document of that name (the first, if several), or none.
std::optional<std::size_t> find_document(std::span<const Document> documents,
                                         std::string_view name);
// A name matches a mention whose text it is, with or without a possessive
// ("Trump" matches "Trump's").
std::string_view without_possessive(std::string_view text);
void report(std::vector<CorrectionOutcome>& outcomes, std::size_t index, const Correction& c,
            CorrectionStatus status, std::string message = {});

}  // namespace presslens::corrections
