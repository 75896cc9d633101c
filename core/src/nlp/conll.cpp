#include "nlp/conll.hpp"

#include <algorithm>
#include <cstdlib>
#include <string>

namespace presslens::nlp {
namespace {

// Gold tags while reading: type + 1 (0 for O), negative for a B- tag.
int iob_code(std::string_view tag) {
  if (tag.size() < 3 || (tag[0] != 'B' && tag[0] != 'I') || tag[1] != '-') return 0;
  const auto type = std::find(kTypes.begin(), kTypes.end(), tag.substr(2));
  if (type == kTypes.end()) return 0;
  const int code = static_cast<int>(type - kTypes.begin()) + 1;
  return tag[0] == 'B' ? -code : code;
}

std::vector<std::string_view> columns(std::string_view line) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    const std::size_t start = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
    if (i > start) out.push_back(line.substr(start, i - start));
  }
  return out;
}

// IOB1/IOB2 codes -> BILOU tags within one sentence: an entity begins at a
// B- tag or at an I- tag that does not continue the same type.
void to_bilou(int* tags, std::size_t n) {
  std::vector<int> type(n, -1);
  std::vector<bool> begins(n, false);
  for (std::size_t i = 0; i < n; ++i) {
    if (tags[i] == 0) continue;
    type[i] = std::abs(tags[i]) - 1;
    begins[i] = tags[i] < 0 || i == 0 || type[i - 1] != type[i];
  }
  for (std::size_t i = 0; i < n; ++i) {
    if (type[i] < 0) {
      tags[i] = 0;
      continue;
    }
    const bool ends = i + 1 == n || type[i + 1] != type[i] || begins[i + 1];
    const int part = begins[i] ? (ends ? kUnit : kBegin) : (ends ? kLast : kInside);
    tags[i] = make_tag(type[i], part);
  }
}

}  // namespace

std::vector<LabelledDocument> read_conll(std::string_view text) {
  std::vector<LabelledDocument> documents(1);
  bool in_sentence = false;
  auto end_sentence = [&] {
    if (!in_sentence) return;
    auto& d = documents.back();
    const std::size_t begin = d.document.sentence_starts.back();
    to_bilou(&d.tags[begin], d.tags.size() - begin);
    in_sentence = false;
  };
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view line = text.substr(pos, eol - pos);
    pos = eol + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const auto cols = columns(line);
    if (cols.empty()) {
      end_sentence();
      continue;
    }
    if (cols[0] == "-DOCSTART-") {
      end_sentence();
      if (!documents.back().document.words.empty()) documents.emplace_back();
      continue;
    }
    auto& d = documents.back();
    if (!in_sentence) {
      d.document.sentence_starts.push_back(d.document.words.size());
      in_sentence = true;
    }
    d.document.words.push_back(cols[0]);
    d.tags.push_back(cols.size() > 1 ? iob_code(cols.back()) : 0);
  }
  end_sentence();
  if (documents.back().document.words.empty()) documents.pop_back();
  return documents;
}

std::vector<EntitySpan> entity_spans(const int* tags, std::size_t n) {
  std::vector<EntitySpan> out;
  for (std::size_t i = 0; i < n; ++i) {
    if (!starts_entity(tags[i])) continue;
    std::size_t j = i;
    while (!ends_entity(tags[j]) && j + 1 < n && type_of(tags[j + 1]) == type_of(tags[i]) &&
           !starts_entity(tags[j + 1])) {
      ++j;
    }
    out.push_back({i, j + 1, type_of(tags[i])});
    i = j;
  }
  return out;
}

void count_chunks(const int* gold, const int* predicted, std::size_t n, ChunkCounts& counts) {
  const auto g = entity_spans(gold, n), p = entity_spans(predicted, n);
  counts.gold += g.size();
  counts.predicted += p.size();
  for (const auto& span : p) {
    if (std::find(g.begin(), g.end(), span) != g.end()) ++counts.correct;
  }
}

}  // namespace presslens::nlp
