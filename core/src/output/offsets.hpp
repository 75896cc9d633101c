// Offsets leave the core here: byte offsets into a document's UTF-8 text
// become UTF-16 code units (what JavaScript's strings count), for every JSON
// writer of output/. One map per document, built when first asked for.
#pragma once

#include <cstddef>
#include <memory>
#include <vector>

#include "output/json_stream.hpp"
#include "presslens/document.hpp"
#include "text/utf8.hpp"

namespace presslens::output {

class Utf16Offsets {
 public:
  // `documents` must outlive this and not change.
  explicit Utf16Offsets(const std::vector<Document>& documents);

  std::size_t at(std::size_t document, std::size_t byte);
  // Writes the members "start" and "end" to the open object of `out`.
  void span(JsonStream& out, std::size_t document, const Span& span);
  // Writes {"document": name, "start", "end"}: a sentence or passage of a document.
  void place(JsonStream& out, std::size_t document, const Span& span);

 private:
  const std::vector<Document>& documents_;
  std::vector<std::unique_ptr<text::Utf16OffsetMap>> maps_;
};

}  // namespace presslens::output
