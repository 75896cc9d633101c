#include "data.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <iterator>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

#include "text/utf8.hpp"

namespace presslens::train {

std::string read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  return {std::istreambuf_iterator<char>(in), {}};
}

std::map<std::string, Truth> read_ground_truth(const std::string& path) {
  const auto json = nlohmann::json::parse(read_bytes(path));
  std::map<std::string, Truth> out;
  for (const auto& [id, value] : json.items()) {
    Truth t;
    if (value.contains("articleBody") && value["articleBody"].is_string()) {
      t.body = value["articleBody"].get<std::string>();
    }
    if (value.contains("title") && value["title"].is_string()) {
      t.title = value["title"].get<std::string>();
    }
    if (value.contains("date") && value["date"].is_string()) {
      t.date = value["date"].get<std::string>();
    }
    out.emplace(id, std::move(t));
  }
  return out;
}

std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  const auto* s = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto length = static_cast<std::int32_t>(text.size());
  for (std::int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c >= 0 && (u_isalnum(c) || c == '_')) {
      text::append_utf8(word, static_cast<char32_t>(u_tolower(c)));
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

Scores word_f1(std::string_view predicted, std::string_view truth) {
  const auto p = words_of(predicted);
  const auto r = words_of(truth);
  if (r.empty()) return p.empty() ? Scores{1, 1, 1} : Scores{};
  if (p.empty()) return {};
  std::unordered_map<std::string, int> counts;
  for (const auto& w : r) ++counts[w];
  double overlap = 0;
  for (const auto& w : p) {
    auto it = counts.find(w);
    if (it != counts.end() && it->second > 0) {
      --it->second;
      ++overlap;
    }
  }
  Scores s;
  s.precision = overlap / p.size();
  s.recall = overlap / r.size();
  s.f1 = s.precision + s.recall > 0 ? 2 * s.precision * s.recall / (s.precision + s.recall) : 0;
  return s;
}

int fold_of(const std::string& id, int folds) {
  std::uint64_t h = 14695981039346656037ull;
  for (const char c : id) h = (h ^ static_cast<std::uint8_t>(c)) * 1099511628211ull;
  return static_cast<int>(h % static_cast<std::uint64_t>(folds));
}

bool is_test(const std::string& id) {
  return fold_of(id, 5) == 4;
}

int cv_fold(const std::string& id, int folds) {
  return fold_of(id + "/cv", folds);
}

namespace {

std::string join(const std::vector<std::string>& words, std::size_t from, std::size_t n) {
  std::string out;
  for (std::size_t k = 0; k < n; ++k) {
    if (k) out.push_back(' ');
    out += words[from + k];
  }
  return out;
}

}  // namespace

std::vector<double> block_coverage(const std::vector<std::string>& blocks, std::string_view truth) {
  const auto words = words_of(truth);
  std::unordered_set<std::string> trigrams;
  for (std::size_t i = 0; i + 3 <= words.size(); ++i) trigrams.insert(join(words, i, 3));
  std::unordered_set<std::string> lines;
  std::size_t start = 0;
  while (start <= truth.size()) {
    auto end = truth.find('\n', start);
    if (end == std::string_view::npos) end = truth.size();
    const auto line = words_of(truth.substr(start, end - start));
    if (!line.empty()) lines.insert(join(line, 0, line.size()));
    start = end + 1;
  }
  std::vector<double> shares;
  shares.reserve(blocks.size());
  for (const auto& block : blocks) {
    const auto w = words_of(block);
    if (w.empty()) {
      shares.push_back(0);
    } else if (w.size() < 3) {
      shares.push_back(lines.contains(join(w, 0, w.size())) ? 1 : 0);
    } else {
      std::size_t found = 0;
      for (std::size_t i = 0; i + 3 <= w.size(); ++i) found += trigrams.contains(join(w, i, 3));
      shares.push_back(double(found) / double(w.size() - 2));
    }
  }
  return shares;
}

}  // namespace presslens::train
