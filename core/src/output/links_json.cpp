// The sentences of one link of the graph as JSON (presslens/graph.hpp).
#include "output/json_stream.hpp"
#include "output/offsets.hpp"
#include "presslens/graph.hpp"

namespace presslens {

std::string link_sentences_json(const Batch& batch, std::string_view a, std::string_view b) {
  output::Utf16Offsets offsets(batch.documents);
  return output::write_string(false, [&](output::JsonStream& s) {
    s.begin_object();
    s.member("source", a);
    s.member("target", b);
    s.key("sentences");
    s.begin_array();
    for (const auto& ref : link_sentences(batch, a, b)) offsets.place(s, ref.document, ref.span);
    s.end_array();
    s.end_object();
  });
}

}  // namespace presslens
