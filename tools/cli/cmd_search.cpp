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
  std::vector<std::string> rest;
  bool options_done = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const auto& arg = args[i];
    if (options_done) {
      rest.push_back(arg);
    } else if (arg == "--") {
      options_done = true;
    } else if (arg == "--context" || arg == "--limit") {
      if (i + 1 >= args.size() ||
          !read_count(args[i + 1], arg == "--context" ? options.context : options.limit)) {
        return usage_error("search: " + arg + " needs a number");
      }
      ++i;
    } else if (arg.starts_with("--")) {
      return usage_error("search: unknown option " + printable(arg));
    } else {
      rest.push_back(arg);
    }
  }
  if (rest.empty()) return usage_error("search: no QUERY given");
  if (rest.size() < 2) return usage_error("search: no FILE given");
  const std::string query = rest.front();
  const auto files = read_files({rest.begin() + 1, rest.end()});
  const Batch batch = analyze(files);
  const SearchIndex index(batch);
  auto hits = index.search(query);
  if (!hits) return usage_error("search: " + hits.error().message);
  write_out(index.json_lines(hits.value(), options));
  for (const auto& document : batch.documents) {
    if (document.error)
      write_error("presslens: " + printable(document.name) + ": " + document.error->message + "\n");
  }
  return batch.all_ok() ? kSuccess : kSomeFileFailed;
}

}  // namespace presslens::cli
