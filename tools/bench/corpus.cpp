#include "corpus.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iterator>

#include "text/hash.hpp"

namespace presslens::bench {
namespace fs = std::filesystem;
namespace {

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

void add_paragraphs(const std::string& text, std::vector<std::string>& pool) {
  std::size_t start = 0;
  while (start < text.size()) {
    auto end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    const std::string line = text.substr(start, end - start);
    if (std::count(line.begin(), line.end(), ' ') >= 6) pool.push_back(line);
    start = end + 1;
  }
}

}  // namespace

std::vector<std::string> paragraph_pool(const fs::path& shared) {
  std::vector<std::string> pool;
  const auto truth =
      nlohmann::json::parse(read(shared / "data/aeb-dev/ground-truth.json"), nullptr, false);
  if (truth.is_object()) {
    for (const auto& [key, record] : truth.items())
      add_paragraphs(record.value("articleBody", ""), pool);
  }
  std::vector<fs::path> texts;
  if (fs::exists(shared / "data/polnear-dev/text")) {
    for (const auto& entry : fs::directory_iterator(shared / "data/polnear-dev/text"))
      texts.push_back(entry.path());
  }
  std::sort(texts.begin(), texts.end());
  for (const auto& path : texts) add_paragraphs(read(path), pool);
  return pool;
}

namespace {

struct Rng {
  std::uint64_t state;
  std::size_t below(std::size_t n) {
    return static_cast<std::size_t>((state = text::mix64(state)) % n);
  }
};

}  // namespace

std::string corpus(const std::vector<std::string>& pool, std::size_t articles) {
  Rng rng{2015};
  std::string out;
  for (std::size_t a = 0; a < articles; ++a) {
    std::string text;
    const std::size_t n = 6 + rng.below(11);
    for (std::size_t p = 0; p < n; ++p) text += (p ? "\n\n" : "") + pool[rng.below(pool.size())];
    const auto& lead = pool[rng.below(pool.size())];
    std::string title = lead.substr(0, std::min<std::size_t>(lead.size(), lead.find(' ', 50)));
    char date[16];
    std::snprintf(date, sizeof date, "%04zu-%02zu-%02zu", 2015 + rng.below(5), 1 + rng.below(12),
                  1 + rng.below(28));
    out += nlohmann::json{{"title", title}, {"date", date}, {"text", text}}.dump() + "\n";
  }
  return out;
}

}  // namespace presslens::bench
