// Test inputs: the small fixtures of tests/fixtures and the shipped samples.
#pragma once

#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include <utility>

#include "presslens/analyze.hpp"
#include "presslens/input.hpp"
#include "presslens/ner.hpp"
#include "presslens/speakers.hpp"
#include "text/offsets.hpp"
#include "text/sentences.hpp"

namespace presslens::testing {

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("missing test input " + path);
  return {std::istreambuf_iterator<char>(in), {}};
}

inline std::string fixture(const std::string& name) {
  return read_file(std::string(PRESSLENS_SOURCE_DIR) + "/tests/fixtures/" + name);
}

inline InputFile fixture_file(const std::string& name) {
  return {name, fixture(name), {}};
}

inline const std::vector<std::string>& seed_names() {
  static const std::vector<std::string> names{
      "000_f85d2e230b170ceb.txt", "001_bf7699d9b6ee942d.txt", "002_07f4cbc89c93d9ec.txt",
      "003_db9d974d6a489a86.txt", "004_4080d963fd1f8c6e.txt"};
  return names;
}

// The five seed articles, as shipped with the page (web/samples/).
inline std::vector<InputFile> seed_files() {
  std::vector<InputFile> files;
  for (const auto& name : seed_names()) {
    files.push_back(
        {name, read_file(std::string(PRESSLENS_SOURCE_DIR) + "/web/samples/" + name), {}});
  }
  return files;
}

// The seeds analysed with the shipped models (loaded once from
// models/ner.bin and models/speakers.bin).
inline void load_shipped_models() {
  if (!ner_model_loaded()) {
    const std::string model = read_file(std::string(PRESSLENS_SOURCE_DIR) + "/models/ner.bin");
    REQUIRE(load_ner_model(model).ok());
  }
  if (!speaker_model_loaded()) {
    const std::string model = read_file(std::string(PRESSLENS_SOURCE_DIR) + "/models/speakers.bin");
    REQUIRE(load_speaker_model(model).ok());
  }
}

inline const Batch& analysed_seeds() {
  static const Batch batch = [] {
    load_shipped_models();
    return analyze(seed_files());
  }();
  return batch;
}

// A document whose entities are the given (text, type) mentions, found in
// order in `text`: tests of clustering and attribution without the tagger.
inline Document tagged_document(const std::string& name, const std::string& text,
                                const std::vector<std::pair<std::string, std::string>>& mentions) {
  Document d;
  d.name = name;
  d.text = text;
  d.sentences = text::split_sentences(text);  // as prepare_batch() does
  std::size_t from = 0;
  for (const auto& m : mentions) {
    const std::size_t at = text.find(m.first, from);
    REQUIRE(at != std::string::npos);
    const auto type = parse_entity_type(m.second);
    REQUIRE(type);
    d.entities.push_back({m.first, *type, text::make_span(at, at + m.first.size()), {}});
    from = at + m.first.size();
  }
  return d;
}

}  // namespace presslens::testing
