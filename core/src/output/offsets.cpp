#include "output/offsets.hpp"

namespace presslens::output {

Utf16Offsets::Utf16Offsets(const std::vector<Document>& documents)
    : documents_(documents), maps_(documents.size()) {}

std::size_t Utf16Offsets::at(std::size_t document, std::size_t byte) {
  auto& map = maps_[document];
  if (!map) map = std::make_unique<text::Utf16OffsetMap>(documents_[document].text);
  return map->to_utf16(byte);
}

void Utf16Offsets::span(JsonStream& out, std::size_t document, const Span& span) {
  out.key("start");
  out.value(at(document, span.start));
  out.key("end");
  out.value(at(document, span.end));
}

void Utf16Offsets::place(JsonStream& out, std::size_t document, const Span& span) {
  out.begin_object();
  out.member("document", documents_[document].name);
  this->span(out, document, span);
  out.end_object();
}

}  // namespace presslens::output
