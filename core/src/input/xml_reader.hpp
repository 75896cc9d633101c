// A small pull reader for the XML of Office documents: start and end tags
// with their attributes, and text with entities decoded. No DTD is read (a
// DOCTYPE is skipped, so no entity expands beyond the five predefined ones
// and character references); comments and processing instructions are
// skipped; CDATA is text. Malformed input ends the stream with error() set,
// after whatever was read before it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace presslens::input {

struct XmlEvent {
  enum class Kind { start, end, text, done };
  Kind kind = Kind::done;
  std::string_view name;  // qualified ("w:p"), for start and end
  std::vector<std::pair<std::string_view, std::string>> attributes;  // start only
  bool self_closing = false;  // a start of "<x/>": its end follows at once
  std::string text;           // text only, decoded

  // The value of the attribute named `name` ("w:val"), or empty.
  std::string_view attribute(std::string_view name) const;
};

class XmlReader {
 public:
  explicit XmlReader(std::string_view xml) : xml_(xml) {}

  // The next event; Kind::done at the end or on an error.
  const XmlEvent& next();
  bool failed() const { return failed_; }

 private:
  bool tag();
  void fail();

  std::string_view xml_;
  std::size_t pos_ = 0;
  XmlEvent event_;
  bool pending_end_ = false;  // after a self-closing start
  bool failed_ = false;
};

// `s` with the XML entities and character references decoded.
std::string decode_entities(std::string_view s);

}  // namespace presslens::input
