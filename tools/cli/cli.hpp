// The `presslens` command line (CONTRACT.md), shared by the native tool and
// the WebAssembly node CLI so that both print exactly the same bytes.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "presslens/analyze.hpp"
#include "presslens/input.hpp"
#include "presslens/project.hpp"

namespace presslens::cli {

enum ExitCode : int { kSuccess = 0, kSomeFileFailed = 1, kUsageError = 2 };

// `args` excludes the program name. Writes to stdout and stderr.
int run(const std::vector<std::string>& args);

// One subcommand: its arguments (after the subcommand's name).
using Command = int (*)(const std::vector<std::string>& args);
int analyze_command(const std::vector<std::string>& args);
int clean_command(const std::vector<std::string>& args);
int search_command(const std::vector<std::string>& args);
int graph_command(const std::vector<std::string>& args);
int tag_command(const std::vector<std::string>& args);
int train_command(const std::vector<std::string>& args);
int train_speakers_command(const std::vector<std::string>& args);
int word_classes_command(const std::vector<std::string>& args);

// Native tool only: loads ner.bin and speakers.bin beside the executable,
// if there (and `speakers`: the speaker model too).
void load_model_files(const char* argv0, bool speakers);

// Reads each path ("-" is standard input); a file that cannot be read is an
// InputFile with `read_error` set: a directory, a named pipe or a device
// (only regular files are read, and at once), or a file above `max_bytes`
// (refused before it is read, or as soon as a pipe passes the limit).
std::vector<InputFile> read_files(const std::vector<std::string>& paths,
                                  std::size_t max_bytes = AnalyzeOptions{}.max_file_bytes);

// `text` safe to print on a terminal: control characters, C1 controls and
// bidi controls as \xNN (a file name can hold escape sequences).
std::string printable(std::string_view text);

// One file's bytes into `out` (at most `max_bytes`); on failure, says why on
// stderr and returns false.
bool read_whole_file(const std::string& path, std::string& out,
                     std::size_t max_bytes = AnalyzeOptions{}.max_file_bytes);
// What the training commands read (word vectors: 293 MB for models/train.sh).
inline constexpr std::size_t kMaxTrainingBytes = std::size_t{2} << 30;
// Writes `bytes` to `path`; on failure, says so on stderr and returns false.
bool write_whole_file(const std::string& path, std::string_view bytes);

// Reads and checks a project file (`.presslens`; "-" is standard input, at
// most kMaxProjectBytes). When it cannot be read or is refused, says why on
// stderr ("presslens: NAME: reason") and returns the error.
inline constexpr std::size_t kMaxProjectBytes = std::size_t{512} << 20;
Result<Project> read_project_file(const std::string& path);

// A subcommand's arguments, read in order: each option (an argument that
// starts with "--", before a lone "--") is handed out by next_option(), and
// the command may take the argument after it as its value(); the others
// are operands.
//
//   ArgumentReader in("graph", args);
//   while (const auto option = in.next_option()) {
//     if (*option == "--pretty") pretty = true;
//     else return in.unknown();
//   }
//   use(in.operands());
class ArgumentReader {
 public:
  ArgumentReader(std::string_view command, const std::vector<std::string>& args)
      : command_(command), args_(args) {}
  // The next option, or nullopt once every argument is read.
  std::optional<std::string> next_option();
  // The argument after the option, or nullopt when there is none.
  std::optional<std::string> value();
  // The usage error for an option the command does not know: "COMMAND:
  // unknown option --x".
  int unknown() const;
  const std::vector<std::string>& operands() const { return operands_; }

 private:
  std::string_view command_;
  const std::vector<std::string>& args_;
  std::size_t next_ = 0;
  bool options_done_ = false;
  std::string option_;
  std::vector<std::string> operands_;
};

// "presslens: NAME: why" on stderr for each document that failed.
void report_document_errors(const Batch& batch);

void write_out(std::string_view text);
void write_error(const std::string& text);
int usage_error(const std::string& message);

}  // namespace presslens::cli
