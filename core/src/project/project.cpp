#include "presslens/project.hpp"

#include <nlohmann/json.hpp>

#include <set>

#include "project/base64.hpp"

namespace presslens {
namespace {

using nlohmann::json;

// The page's reader (web/project-format.js) words every refusal the same way;
// tests/js/project.test.mjs holds both to it.
Error refused(std::string message) {
  return Error{ErrorCode::invalid_argument, std::move(message)};
}

Error damaged(const std::string& what) {
  return refused("damaged project file: " + what);
}

std::string versions_read() {
  return kOldestProjectVersion == kProjectVersion
             ? "version " + std::to_string(kProjectVersion)
             : "versions " + std::to_string(kOldestProjectVersion) + " to " +
                   std::to_string(kProjectVersion);
}

Status check_version(const json& document) {
  const auto version = document.find("version");
  if (version == document.end() || !version->is_number_integer()) {
    return damaged("its \"version\" is missing or not a whole number");
  }
  const auto number = version->get<long long>();
  if (number > kProjectVersion) {
    return refused("this project file was saved by a newer Presslens (project format version " +
                   std::to_string(number) + "; this Presslens reads " + versions_read() +
                   "): update Presslens to open it");
  }
  if (number < kOldestProjectVersion) {
    return refused("this project file uses project format version " + std::to_string(number) +
                   ", older than this Presslens reads (" + versions_read() + ")");
  }
  return Status::success();
}

// The file at `index` (counted from 1 in messages), checked whole.
Result<InputFile> read_file_entry(const json& entry, std::size_t index) {
  const std::string which = "file " + std::to_string(index + 1);
  if (!entry.is_object()) return damaged(which + " is not an object");
  const auto name = entry.find("name");
  if (name == entry.end() || !name->is_string() || name->get_ref<const std::string&>().empty()) {
    return damaged(which + " has no name");
  }
  const auto& file_name = name->get_ref<const std::string&>();
  const std::string named = which + " (" + file_name + ")";
  const auto bytes = entry.find("bytes");
  if (bytes == entry.end() || !bytes->is_string()) return damaged(named + " has no bytes");
  auto decoded = project::decode_base64(bytes->get_ref<const std::string&>());
  if (!decoded) return damaged(named + ": its bytes are not valid base64");
  const auto size = entry.find("size");
  if (size == entry.end() || !size->is_number_unsigned()) {
    return damaged(named + " has no size");
  }
  if (size->get<unsigned long long>() != decoded->size()) {
    return damaged(named + " holds " + std::to_string(decoded->size()) +
                   " bytes where its size says " + std::to_string(size->get<unsigned long long>()));
  }
  return InputFile{file_name, std::move(*decoded), std::nullopt};
}

Result<std::vector<InputFile>> read_files(const json& document) {
  const auto files = document.find("files");
  if (files == document.end() || !files->is_array()) {
    return damaged("\"files\" is missing or not a list");
  }
  std::vector<InputFile> out;
  std::set<std::string> names;
  for (std::size_t i = 0; i < files->size(); ++i) {
    auto file = read_file_entry((*files)[i], i);
    if (!file) return file.error();
    if (!names.insert(file.value().name).second) {
      return damaged("two files are named " + file.value().name);
    }
    out.push_back(std::move(file).value());
  }
  return out;
}

// The page's own notes and stars: the command line has no use for them, but
// notes that do not say what they are on are not notes the page wrote.
Status check_notes(const json& document) {
  const auto notes = document.find("notes");
  if (notes == document.end() || notes->is_null()) return Status::success();
  if (!notes->is_array()) return damaged("\"notes\" is not a list");
  for (std::size_t i = 0; i < notes->size(); ++i) {
    const auto& note = (*notes)[i];
    const std::string which = "note " + std::to_string(i + 1);
    if (!note.is_object()) return damaged(which + " is not an object");
    const auto on = note.find("on");
    const bool known = on != note.end() && on->is_string() &&
                       (*on == "article" || *on == "quote" || *on == "identity");
    if (!known) return damaged(which + " does not say what it is on");
  }
  return Status::success();
}

}  // namespace

Result<Project> read_project(std::string_view text) {
  const json document = json::parse(text.begin(), text.end(), nullptr, false);
  if (document.is_discarded()) {
    return refused("not a Presslens project file: it is not JSON (it may be damaged or cut short)");
  }
  const bool is_project = document.is_object() && document.contains("format") &&
                          document["format"].is_string() &&
                          document["format"].get_ref<const std::string&>() == kProjectFormat;
  if (!is_project) {
    return refused("not a Presslens project file: it has no \"format\": \"" +
                   std::string(kProjectFormat) + "\"");
  }
  if (auto status = check_version(document); !status) return status.error();

  Project project;
  if (const auto name = document.find("name"); name != document.end() && !name->is_null()) {
    if (!name->is_string()) return damaged("its \"name\" is not text");
    project.name = name->get<std::string>();
  }
  auto files = read_files(document);
  if (!files) return files.error();
  project.files = std::move(files).value();

  if (const auto list = document.find("corrections"); list != document.end() && !list->is_null()) {
    if (!list->is_array()) return damaged("\"corrections\" is not a list");
    // The one reader of corrections, as for a corrections file.
    const json file{{"corrections", *list}};
    auto corrections = parse_corrections(file.dump(-1, ' ', false, json::error_handler_t::replace));
    if (!corrections) return damaged("its corrections: " + corrections.error().message);
    project.corrections = std::move(corrections).value();
  }
  if (auto status = check_notes(document); !status) return status.error();
  return project;
}

}  // namespace presslens
