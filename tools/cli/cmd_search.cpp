#include <charconv>

#include "cli.hpp"
#include "presslens/analyze.hpp"
#include "presslens/search.hpp"

namespace presslens::cli {
namespace {

bool read_count(const std::string& text, std::size_t& out) {
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc() && end == text.data() + text.size();
}

}  // namespace

// presslens search [--context N] [--limit N] QUERY FILE...
int search_command(const std::vector<std::string>& args) {
  SearchOptions options;
  ArgumentReader in("search", args);
  while (const auto option = in.next_option()) {
    if (*option == "--context" || *option == "--limit") {
      const auto value = in.value();
      if (!value || !read_count(*value, *option == "--context" ? options.context : options.limit))
        return usage_error("search: " + *option + " needs a number");
    } else {
      return in.unknown();
    }
  }
  const auto& rest = in.operands();
  if (rest.empty()) return usage_error("search: no QUERY given");
  if (rest.size() < 2) return usage_error("search: no FILE given");
  const std::string query = rest.front();
  const auto files = read_files({rest.begin() + 1, rest.end()});
  const Batch batch = analyze(files);
  const SearchIndex index(batch);
  auto hits = index.search(query);
  if (!hits) return usage_error("search: " + hits.error().message);
  write_out(index.json_lines(hits.value(), options));
  report_document_errors(batch);
  return batch.all_ok() ? kSuccess : kSomeFileFailed;
}

}  // namespace presslens::cli
