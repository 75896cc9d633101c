// Applying corrections (presslens/corrections.hpp), each at the stage it
// changes, around the stages and never inside their rules:
//   stage 1, after the cleaner: keep_block, remove_block (the text follows);
//   stage 3, on the rules' identities: not_a_name, retype, merge, split,
//   unmerge, rename;
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

// The number each mention's identity had before any correction: the rules'
// grouping of the batch without its block corrections, numbered in order of
// first mention (the ids analyze() gives without corrections). `of` holds
// one entry per mention of each document as it is now (0: a mention that
// was not there).
struct Numbering {
  std::vector<std::vector<std::size_t>> of;
  std::size_t count = 0;  // identities then
};

// The numbering of `batch` after stage 2; `found` is the rules' grouping of
// its mentions as they are. Documents with block corrections are annotated
// again without them (stage 2), to see what the rules made of the text the
// cleaner left; a mention is the same in both when it sits at the same
// place of the same block.
Numbering number_before_corrections(const Batch& batch,
                                    const std::vector<identity::Identity>& found);

// The same for a batch whose documents changed their block corrections
// since: `original` keeps where each numbered mention sat in its block.
class OriginalNumbers {
 public:
  OriginalNumbers() = default;
  OriginalNumbers(const Batch& batch, const std::vector<identity::Identity>& found);
  Numbering of(const Batch& batch) const;

 private:
  static constexpr std::size_t kWholeText = static_cast<std::size_t>(-1);
  struct Place {
    std::size_t block = 0, start = 0, end = 0;
    auto operator<=>(const Place&) const = default;
  };
  // Where each mention of a document sits: its block, and its offsets there
  // (none for a mention across blocks).
  static std::vector<std::optional<Place>> places(const Document& d);
  std::vector<std::vector<std::pair<Place, std::size_t>>> numbered_;  // per document, sorted
  std::size_t count_ = 0;
};

// Stage 3, on `identities` (the rules' grouping of the batch's mentions):
// not_a_name, retype, merge, split, unmerge and rename, in list order (the
// rules do not run again); then numbers every identity so that ids stay
// where they were: each number of `before` goes to the identity that holds
// most of its mentions, the rules' identities first; identities left
// without one get numbers after them. Mentions that are not names leave the
// documents' entities.
void edit_identities(Batch& batch, std::vector<identity::Identity>& identities,
                     const Numbering& before, const std::vector<Correction>& list,
                     std::vector<CorrectionOutcome>& outcomes);

// A document's blocks as the cleaner decided them (undoes apply_to_blocks).
void restore_cleaner(Document& document);

// Stage 3, after attribution: who said each quote a correction names.
void edit_speakers(Batch& batch, const std::vector<Correction>& list,
                   std::vector<CorrectionOutcome>& outcomes);

void sort_outcomes(std::vector<CorrectionOutcome>& outcomes);

// Shared by the steps above.
// The document of that name (the first, if several), or none.
std::optional<std::size_t> find_document(std::span<const Document> documents,
                                         std::string_view name);
void report(std::vector<CorrectionOutcome>& outcomes, std::size_t index, const Correction& c,
            CorrectionStatus status, std::string message = {});

}  // namespace presslens::corrections
