#include <fstream>
#include <optional>
#include <sstream>

#include "cli.hpp"
#include "presslens/analyze.hpp"
#include "presslens/corrections.hpp"
#include "presslens/project.hpp"

namespace presslens::cli {
namespace {

bool is_iso_date(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return true;
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

// --corrections FILE: {"corrections": [...]} (docs/output.md); repeated,
// the lists are applied one after the other. A file that cannot be read or
// is not such JSON is a usage error; a correction that fails is reported in
// the output.
bool add_corrections(const std::string& path, AnalyzeOptions& options, std::string& problem) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    problem = "analyze: cannot read the corrections file " + path;
    return false;
  }
  std::ostringstream text;
  text << in.rdbuf();
  auto parsed = parse_corrections(text.str());
  if (!parsed) {
    problem = "analyze: " + path + ": " + parsed.error().message;
    return false;
  }
  if (!options.corrections) options.corrections.emplace();
  for (auto& c : parsed.value()) options.corrections->push_back(std::move(c));
  return true;
}

}  // namespace

int analyze_command(const std::vector<std::string>& args) {
  JsonStyle style;
  AnalyzeOptions options;
  std::vector<std::string> paths;
  std::optional<std::string> project_path;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const auto& arg = args[i];
    if (arg == "--pretty") {
      style.pretty = true;
    } else if (arg == "--date") {
      if (i + 1 == args.size() || !add_date(args[++i], options)) {
        return usage_error("analyze: --date takes YYYY-MM-DD or NAME=YYYY-MM-DD");
      }
    } else if (arg == "--project") {
      if (i + 1 == args.size()) return usage_error("analyze: --project takes a FILE.presslens");
      project_path = args[++i];
    } else if (arg == "--corrections") {
      if (i + 1 == args.size()) return usage_error("analyze: --corrections takes a FILE");
      std::string problem;
      if (!add_corrections(args[++i], options, problem)) return usage_error(problem);
    } else if (arg.starts_with("--")) {
      return usage_error("analyze: unknown option " + arg);
    } else {
      paths.push_back(arg);
    }
  }
  std::vector<InputFile> files;
  if (project_path) {
    if (!paths.empty())
      return usage_error("analyze: --project analyses the project's own files; give no FILE");
    auto project = read_project_file(*project_path);
    if (!project) return kSomeFileFailed;  // the reason is on stderr
    files = std::move(project.value().files);
    // The project's corrections, even none, as the page passes them (its
    // Export JSON always lists them); a --corrections file's come after.
    auto corrections = std::move(project.value().corrections);
    if (options.corrections) {
      for (auto& c : *options.corrections) corrections.push_back(std::move(c));
    }
    options.corrections = std::move(corrections);
  } else {
    if (paths.empty()) return usage_error("analyze: no FILE given");
    files = read_files(paths);
  }
  const Batch batch = analyze(files, options);
  write_out(to_json(batch, style));
  return batch.all_ok() ? kSuccess : kSomeFileFailed;
}

}  // namespace presslens::cli
