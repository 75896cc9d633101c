#include <optional>
#include <utility>

#include "cli.hpp"
#include "presslens/analyze.hpp"
#include "presslens/corrections.hpp"
#include "presslens/ner.hpp"
#include "presslens/project.hpp"
#include "presslens/speakers.hpp"

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

// --corrections FILE: {"corrections": [...]} (docs/output.md); repeated,
// the lists are applied one after the other. A file that cannot be read or
// is not such JSON is a usage error; a correction that fails is reported in
// the output.
bool add_corrections(const std::string& path, AnalyzeOptions& options, std::string& problem) {
  auto file = std::move(read_files({path}).front());
  if (file.read_error) {
    problem = "analyze: cannot read the corrections file " + printable(path) + " (" +
              file.read_error->message + ")";
    return false;
  }
  auto parsed = parse_corrections(file.bytes);
  if (!parsed) {
    problem = "analyze: " + printable(path) + ": " + parsed.error().message;
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
  std::optional<std::string> project_path;
  ArgumentReader in("analyze", args);
  while (const auto option = in.next_option()) {
    if (*option == "--pretty") {
      style.pretty = true;
    } else if (*option == "--date") {
      const auto value = in.value();
      if (!value || !add_date(*value, options))
        return usage_error("analyze: --date takes a real date, YYYY-MM-DD or NAME=YYYY-MM-DD");
    } else if (*option == "--project") {
      project_path = in.value();
      if (!project_path) return usage_error("analyze: --project takes a FILE.presslens");
    } else if (*option == "--corrections") {
      const auto value = in.value();
      if (!value) return usage_error("analyze: --corrections takes a FILE");
      std::string problem;
      if (!add_corrections(*value, options, problem)) return usage_error(problem);
    } else {
      return in.unknown();
    }
  }
  const auto& paths = in.operands();
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
    files = read_files(paths, options.max_file_bytes);
  }
  // Without its models the analysis goes on, and says what it leaves out.
  if (!ner_model_loaded()) {
    write_error(
        "presslens: no name model (ner.bin) was found: names, and the identities and speakers "
        "they give, are left out\n");
  }
  if (!speaker_model_loaded()) {
    write_error(
        "presslens: no speaker model (speakers.bin) was found: quotes keep the rules' speakers, "
        "with no confidence\n");
  }
  const Batch batch = analyze(std::move(files), options);
  // Written as it is made: the whole JSON is never held in memory.
  write_json(batch, style, [](std::string_view piece) { write_out(piece); });
  return batch.all_ok() ? kSuccess : kSomeFileFailed;
}

}  // namespace presslens::cli
