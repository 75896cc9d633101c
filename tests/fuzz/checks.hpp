// What every analysed document must satisfy, whatever its input: valid UTF-8
// text, spans inside it on character boundaries, blocks in order. The fuzz
// targets check them after each run.
#pragma once

#include <nlohmann/json.hpp>

#include <string_view>

#include "fuzz_target.hpp"
#include "presslens/analyze.hpp"
#include "text/utf8.hpp"

namespace presslens::fuzz {

inline bool is_boundary(std::string_view text, std::size_t offset) {
  return offset == text.size() ||
         (offset < text.size() && (static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80);
}

inline void check_span(std::string_view text, Span span) {
  PRESSLENS_FUZZ_CHECK(span.start <= span.end && span.end <= text.size());
  PRESSLENS_FUZZ_CHECK(is_boundary(text, span.start) && is_boundary(text, span.end));
}

inline void check_document(const Document& document) {
  PRESSLENS_FUZZ_CHECK(text::scan_utf8(document.text).valid);
  if (document.error) {
    PRESSLENS_FUZZ_CHECK(document.error->code != ErrorCode::ok);
    PRESSLENS_FUZZ_CHECK(document.entities.empty() && document.quotes.empty());
    return;
  }
  for (const auto& block : document.blocks) {
    PRESSLENS_FUZZ_CHECK(text::scan_utf8(block.text).valid);
    if (block.in_text) check_span(document.text, *block.in_text);
  }
  for (const auto& e : document.entities) check_span(document.text, e.span);
  for (const auto& q : document.quotes) check_span(document.text, q.span);
  for (const auto& n : document.numbers) check_span(document.text, n.span);
  for (const auto& d : document.dates) check_span(document.text, d.span);
}

inline void check_batch(const Batch& batch) {
  for (const auto& document : batch.documents) check_document(document);
  // The output is JSON a browser can read.
  const auto json = nlohmann::json::parse(to_json(batch), nullptr, false);
  PRESSLENS_FUZZ_CHECK(json.is_object());
}

}  // namespace presslens::fuzz
