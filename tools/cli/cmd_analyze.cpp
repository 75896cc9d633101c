#include "cli.hpp"
#include "presslens/analyze.hpp"

namespace presslens::cli {
namespace {

// YYYY-MM-DD, and a day that exists (not 2015-13-45 or 2015-02-29).
bool is_iso_date(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return read_date(s) == s;
}

// --date YYYY-MM-DD (every document without a date) or --date NAME=YYYY-MM-DD.
bool add_date(const std::string& value, AnalyzeOptions& options) {
  const auto equals = value.rfind('=');
  const std::string date = equals == std::string::npos ? value : value.substr(equals + 1);
  if (!is_iso_date(date)) return false;
  if (equals == std::string::npos) {
    options.default_date = date;
  } else {
    options.document_dates[value.substr(0, equals)] = date;
  }
  return true;
}

}  // namespace

int analyze_command(const std::vector<std::string>& args) {
  JsonStyle style;
  AnalyzeOptions options;
  std::vector<std::string> paths;
  bool options_done = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const auto& arg = args[i];
    if (options_done) {
      paths.push_back(arg);
    } else if (arg == "--") {
      options_done = true;
    } else if (arg == "--pretty") {
      style.pretty = true;
    } else if (arg == "--date") {
      if (i + 1 == args.size() || !add_date(args[++i], options)) {
        return usage_error("analyze: --date takes a real date, YYYY-MM-DD or NAME=YYYY-MM-DD");
      }
    } else if (arg.starts_with("--")) {
      return usage_error("analyze: unknown option " + printable(arg));
    } else {
      paths.push_back(arg);
    }
  }
  if (paths.empty()) return usage_error("analyze: no FILE given");
  const auto files = read_files(paths, options.max_file_bytes);
  const Batch batch = analyze(files, options);
  // Written as it is made: the whole JSON is never held in memory.
  write_json(batch, style, [](std::string_view piece) { write_out(piece); });
  return batch.all_ok() ? kSuccess : kSomeFileFailed;
}

}  // namespace presslens::cli
