#include "nlp/conll.hpp"

#include <algorithm>
#include <string>
#include <tuple>

namespace presslens::nlp {
namespace {

int tag_index(std::string_view tag) {
  if (tag.size() < 3 || (tag[0] != 'B' && tag[0] != 'I') || tag[1] != '-') return 0;
  const auto type = std::find(kTypes.begin(), kTypes.end(), tag.substr(2));
  if (type == kTypes.end()) return 0;
  const int t = static_cast<int>(type - kTypes.begin());
  return tag[0] == 'B' ? begin_tag(t) : inside_tag(t);
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

// IOB1 -> IOB2 within one sentence: an I-X that does not continue an X begins one.
void to_iob2(int* tags, std::size_t n) {
  for (std::size_t i = 0; i < n; ++i) {
    if (is_inside(tags[i]) && (i == 0 || type_of(tags[i - 1]) != type_of(tags[i]))) {
      tags[i] = begin_tag(type_of(tags[i]));
    }
  }
}

std::vector<std::tuple<std::size_t, std::size_t, int>> chunks(const int* tags, std::size_t n) {
  std::vector<std::tuple<std::size_t, std::size_t, int>> out;
  for (std::size_t i = 0; i < n;) {
    if (tags[i] == 0) {
      ++i;
      continue;
    }
    const int type = type_of(tags[i]);
    std::size_t j = i + 1;
    while (j < n && is_inside(tags[j]) && type_of(tags[j]) == type) ++j;
    out.emplace_back(i, j, type);
    i = j;
  }
  return out;
}

}  // namespace

std::vector<LabelledDocument> read_conll(std::string_view text) {
  std::vector<LabelledDocument> documents(1);
  bool in_sentence = false;
  auto end_sentence = [&] {
    if (!in_sentence) return;
    auto& d = documents.back();
    const std::size_t begin = d.document.sentence_starts.back();
    to_iob2(&d.tags[begin], d.tags.size() - begin);
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
    d.document.words.emplace_back(cols[0]);
    d.tags.push_back(cols.size() > 1 ? tag_index(cols.back()) : 0);
  }
  end_sentence();
  if (documents.back().document.words.empty()) documents.pop_back();
  return documents;
}

void count_chunks(const int* gold, const int* predicted, std::size_t n, ChunkCounts& counts) {
  const auto g = chunks(gold, n), p = chunks(predicted, n);
  counts.gold += g.size();
  counts.predicted += p.size();
  for (const auto& chunk : p) {
    if (std::find(g.begin(), g.end(), chunk) != g.end()) ++counts.correct;
  }
}

}  // namespace presslens::nlp
