// The `presslens` command line (CONTRACT.md), shared by the native tool and
// the WebAssembly node CLI so that both print exactly the same bytes.
#pragma once

#include <string>
#include <vector>

#include "presslens/input.hpp"

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

// Native tool only: loads ner.bin and speakers.bin beside the executable,
// if there (and `speakers`: the speaker model too).
void load_model_files(const char* argv0, bool speakers);

// Reads each path ("-" is standard input); a file that cannot be read is an
// InputFile with `read_error` set.
std::vector<InputFile> read_files(const std::vector<std::string>& paths);

void write_out(const std::string& text);
void write_error(const std::string& text);
int usage_error(const std::string& message);

}  // namespace presslens::cli
