// A JSON document written piece by piece: the containers and members here,
// the long lists' items (entities, blocks, the graph's edges) member by
// member, a few small values (keyphrases, a story) as Json (compact:
// output::append_compact; indented: nlohmann_json's dump).
// The bytes are exactly those nlohmann's dump() writes for the whole
// document, compact or indented by two, but the document is never whole in
// memory: the writers of output/ stay in proportion to one item, not to the
// batch.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "output/json.hpp"

namespace presslens::output {

class JsonStream {
 public:
  using Sink = std::function<void(std::string_view)>;

  JsonStream(bool pretty, Sink sink) : pretty_(pretty), sink_(std::move(sink)) {}
  ~JsonStream() { flush(); }
  JsonStream(const JsonStream&) = delete;
  JsonStream& operator=(const JsonStream&) = delete;

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }
  // The name of the next member of the open object.
  void key(std::string_view name);
  // A whole value: the next element of the open array, or the member value after key().
  void value(const Json& value);
  // A string value, written without a Json made of it (a document's text),
  // a long one escaped and handed to the sink a piece at a time.
  void string(std::string_view text);
  // A string member of the open object, and one that is null when empty.
  void member(std::string_view name, std::string_view text) {
    key(name);
    string(text);
  }
  void member_or_null(std::string_view name, std::string_view text);
  // Writes the rest and hands everything to the sink.
  void flush();
  void raw(std::string_view text) { buffer_ += text; }

 private:
  void before_value();
  void open(char bracket);
  void close(char bracket);
  void newline(std::size_t depth);

  bool pretty_;
  Sink sink_;
  std::string buffer_;
  std::vector<bool> empty_;  // per open container: nothing written in it yet
  bool after_key_ = false;
};

// What `write` writes to a stream, as one string.
std::string write_string(bool pretty, const std::function<void(JsonStream&)>& write);

}  // namespace presslens::output
