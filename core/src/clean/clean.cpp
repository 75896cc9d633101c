// The cleaner: gathers evidence on every block of the batch, finds each
// document's main text run, then decides on every block (see docs/cleaning.md).
#include "clean/clean.hpp"

#include <string_view>
#include <vector>

#include "clean/decide.hpp"
#include "clean/evidence.hpp"
#include "clean/repeats.hpp"

namespace presslens::clean {
namespace {

// "jsmith says:" followed by a dated line signs a comment; "He said:"
// followed by a quotation is the article's.
void mark_comment_signatures(DocumentEvidence& evidence) {
  constexpr int kLongestSignature = 4;
  for (std::size_t i = 0; i + 1 < evidence.size(); ++i) {
    const auto& f = evidence[i].features;
    const std::string_view text = f.folded;
    if (f.words <= kLongestSignature && (text.ends_with(" says:") || text.ends_with(" said:")) &&
        evidence[i + 1].features.dateish) {
      evidence[i].furniture = Furniture::comment_form;
    }
  }
}

DocumentEvidence gather(const Document& document) {
  DocumentEvidence evidence(document.blocks.size());
  for (std::size_t i = 0; i < evidence.size(); ++i) {
    auto& e = evidence[i];
    e.features = measure(document.blocks[i].text);
    const PhraseMatch match = match_phrases(e.features);
    e.furniture = match.furniture;
    e.appeal = match.appeal;
  }
  mark_comment_signatures(evidence);
  find_truncations(evidence);
  return evidence;
}

// Web pages arrive decided: their markup told more than the lines can (html/).
bool plain_text(const Document& document) {
  return !document.error && document.format != InputFormat::html &&
         document.format != InputFormat::mhtml;
}

}  // namespace

std::vector<DocumentEvidence> gather_batch(std::span<const Document> documents) {
  std::vector<DocumentEvidence> batch(documents.size());
  for (std::size_t i = 0; i < documents.size(); ++i) {
    if (plain_text(documents[i])) batch[i] = gather(documents[i]);
  }
  count_recurrences(batch);
  return batch;
}

void clean_documents(std::span<Document> documents) {
  const std::vector<DocumentEvidence> batch = gather_batch(documents);
  for (std::size_t i = 0; i < documents.size(); ++i) {
    if (plain_text(documents[i]) && !documents[i].blocks.empty()) decide(documents[i], batch[i]);
  }
}

}  // namespace presslens::clean
