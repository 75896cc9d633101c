#include "output/json_stream.hpp"

namespace presslens::output {
namespace {

// Flushed to the sink in pieces of about this size.
constexpr std::size_t kFlushBytes = 1 << 16;

}  // namespace

void JsonStream::newline(std::size_t depth) {
  buffer_ += '\n';
  buffer_.append(depth * 2, ' ');
}

// Before a value or a key: the separator from the previous one, and in pretty
// output the line break and indentation.
void JsonStream::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (empty_.empty()) return;
  if (!empty_.back()) buffer_ += ',';
  empty_.back() = false;
  if (pretty_) newline(empty_.size());
}

void JsonStream::key(std::string_view name) {
  before_value();
  append_string(buffer_, name);
  buffer_ += pretty_ ? ": " : ":";
  after_key_ = true;
}

void JsonStream::value(const Json& value) {
  before_value();
  if (!pretty_) {
    append_compact(buffer_, value);
    if (buffer_.size() >= kFlushBytes) flush();
    return;
  }
  std::string text = dump(value, pretty_);
  if (pretty_ && !empty_.empty() && text.find('\n') != std::string::npos) {
    // Strings never hold a raw line break: every one is the dump's own.
    const std::string indent(empty_.size() * 2, ' ');
    std::string indented;
    indented.reserve(text.size() + text.size() / 8);
    for (const char c : text) {
      indented += c;
      if (c == '\n') indented += indent;
    }
    text = std::move(indented);
  }
  buffer_ += text;
  if (buffer_.size() >= kFlushBytes) flush();
}

void JsonStream::string(std::string_view text) {
  before_value();
  if (text.size() <= kFlushBytes || !well_formed_utf8(text)) {
    append_string(buffer_, text);
  } else {  // a long text is escaped and handed on a piece at a time
    buffer_ += '"';
    for (std::size_t at = 0; at < text.size(); at += kFlushBytes) {
      append_string_body(buffer_, text.substr(at, kFlushBytes));
      if (buffer_.size() >= kFlushBytes) flush();
    }
    buffer_ += '"';
  }
  if (buffer_.size() >= kFlushBytes) flush();
}

void JsonStream::member_or_null(std::string_view name, std::string_view text) {
  key(name);
  if (text.empty()) {
    value(nullptr);
  } else {
    string(text);
  }
}

void JsonStream::open(char bracket) {
  before_value();
  buffer_ += bracket;
  empty_.push_back(true);
}

void JsonStream::close(char bracket) {
  const bool empty = empty_.back();
  empty_.pop_back();
  if (!empty && pretty_) newline(empty_.size());
  buffer_ += bracket;
  if (buffer_.size() >= kFlushBytes) flush();
}

void JsonStream::flush() {
  if (buffer_.empty()) return;
  sink_(buffer_);
  buffer_.clear();
}

std::string write_string(bool pretty, const std::function<void(JsonStream&)>& write) {
  std::string out;
  {
    JsonStream s(pretty, [&out](std::string_view piece) { out += piece; });
    write(s);
  }
  return out;
}

}  // namespace presslens::output
