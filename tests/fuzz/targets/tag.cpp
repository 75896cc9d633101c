// The entity tagger: on CoNLL tokens (one per line, blank lines between
// sentences, as `tag --conll` reads them) and on running text.
#include <vector>

#include "checks.hpp"
#include "presslens/ner.hpp"

PRESSLENS_FUZZ_TARGET(tag) {
  presslens::fuzz::load_model();
  std::vector<std::vector<std::string>> sentences(1);
  std::size_t tokens = 0;
  for (std::size_t start = 0; start < input.size();) {
    auto end = input.find('\n', start);
    if (end == std::string_view::npos) end = input.size();
    const auto line = input.substr(start, end - start);
    if (line.empty()) {
      sentences.emplace_back();
    } else {
      sentences.back().emplace_back(line);
      ++tokens;
    }
    start = end + 1;
  }
  const auto tags = presslens::tag_sentences(sentences);
  PRESSLENS_FUZZ_CHECK(tags.ok() && tags.value().size() == tokens);

  const presslens::InputFile file{"a.txt", std::string(input), std::nullopt};
  presslens::Batch batch = presslens::prepare_batch({&file, 1});
  for (auto& d : batch.documents) {
    presslens::annotate_document(d);
    presslens::fuzz::check_document(d);
  }
}
