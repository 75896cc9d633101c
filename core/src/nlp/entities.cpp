#include "nlp/entities.hpp"

#include "nlp/conll.hpp"
#include "nlp/tagger.hpp"
#include "nlp/tokenize.hpp"

namespace presslens::nlp {
namespace {

bool in_heading(const Document& document, Span span) {
  for (const auto& block : document.blocks) {
    if (block.kind == BlockKind::heading && block.in_text && block.in_text->start <= span.start &&
        span.end <= block.in_text->end) {
      return true;
    }
  }
  return false;
}

}  // namespace

void find_entities(Document& document) {
  const NerModel* model = loaded_model();
  if (!model || document.text.empty()) return;
  auto tokenized = tokenize(document.text);
  if (!tokenized) {
    document.warnings.push_back(std::string(kEntitiesSkipped) + tokenized.error().message);
    return;
  }
  const auto& tokens = tokenized.value().tokens;
  TokenDocument words;
  words.sentence_starts = tokenized.value().sentence_starts;
  words.words.reserve(tokens.size());
  for (const auto& t : tokens) {
    words.words.push_back(
        conll_form(std::string_view(document.text).substr(t.start, t.end - t.start)));
  }
  const auto tags = tag_document(*model, words);
  for (std::size_t s = 0; s < words.sentence_starts.size(); ++s) {
    const std::size_t begin = words.sentence_starts[s];
    for (const auto& e : entity_spans(&tags[begin], words.sentence_end(s) - begin)) {
      const Span span{tokens[begin + e.begin].start, tokens[begin + e.end - 1].end};
      if (in_heading(document, span)) continue;
      document.entities.push_back({document.text.substr(span.start, span.end - span.start),
                                   std::string(kTypes[static_cast<std::size_t>(e.type)]),
                                   span,
                                   {}});
    }
  }
}

}  // namespace presslens::nlp
