// Search queries (words, phrases, quotes, entity:...) against the analysed
// sample articles; every hit must lie in its document.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

#include "checks.hpp"
#include "presslens/search.hpp"

namespace {

const presslens::Batch& samples() {
  static const presslens::Batch batch = [] {
    presslens::fuzz::load_model();
    std::vector<presslens::InputFile> files;
    const auto dir = std::filesystem::path(PRESSLENS_SOURCE_DIR) / "web/samples";
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
      if (entry.path().extension() != ".txt") continue;
      std::ifstream in(entry.path(), std::ios::binary);
      files.push_back({entry.path().filename().string(),
                       {std::istreambuf_iterator<char>(in), {}},
                       std::nullopt});
    }
    std::sort(files.begin(), files.end(),
              [](const auto& a, const auto& b) { return a.name < b.name; });
    return presslens::analyze(files);
  }();
  return batch;
}

}  // namespace

PRESSLENS_FUZZ_TARGET(search) {
  static const presslens::SearchIndex index(samples());
  const auto hits = index.search(input);
  if (!hits) return;  // an empty query is refused, as documented
  for (const auto& hit : hits.value()) {
    PRESSLENS_FUZZ_CHECK(hit.document < samples().documents.size());
    presslens::fuzz::check_span(samples().documents[hit.document].text, hit.span);
  }
  const std::string lines = index.json_lines(hits.value(), {.context = 40, .limit = 20});
  for (std::size_t start = 0; start < lines.size();) {
    const auto end = lines.find('\n', start);
    PRESSLENS_FUZZ_CHECK(end != std::string::npos);
    PRESSLENS_FUZZ_CHECK(
        nlohmann::json::parse(lines.substr(start, end - start), nullptr, false).is_object());
    start = end + 1;
  }
}
