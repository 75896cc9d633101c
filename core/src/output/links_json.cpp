// The sentences of one link of the graph as JSON (presslens/graph.hpp).
#include "output/json.hpp"
#include "output/offsets.hpp"
#include "presslens/graph.hpp"

namespace presslens {

std::string link_sentences_json(const Batch& batch, std::string_view a, std::string_view b) {
  output::Utf16Offsets offsets(batch.documents);
  output::Json sentences = output::Json::array();
  for (const auto& ref : link_sentences(batch, a, b))
    sentences.push_back(offsets.place(ref.document, ref.span));
  output::Json out{
      {"source", std::string(a)}, {"target", std::string(b)}, {"sentences", std::move(sentences)}};
  return output::dump(out);
}

}  // namespace presslens
