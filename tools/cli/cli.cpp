#include "cli.hpp"

#include <array>
#include <string_view>

#include "presslens/presslens.hpp"

namespace presslens::cli {
namespace {

constexpr std::string_view kHelp = R"(presslens - explore a pile of news articles

Usage:
  presslens analyze [--pretty] [--date [NAME=]YYYY-MM-DD]... [--corrections FILE]... FILE...
                                         analyse a batch; one JSON document on stdout;
                                         --date sets the publication date of NAME (or of
                                         every article without one): relative dates
                                         ("last week") are resolved against it;
                                         --corrections applies a list of corrections,
                                         {"corrections": [...]} (docs/output.md)
  presslens analyze [--pretty] --project FILE.presslens
                                         the files and corrections of a project saved
                                         by the explorer: the JSON of its Export JSON
  presslens clean FILE...                the cleaned article body of each file
  presslens clean --json FILE...         {"<name>": {"articleBody": "..."}} for each file
  presslens search [--context N] [--limit N] QUERY FILE...
                                         every hit of QUERY (a word, a phrase, entity:ID
                                         or entity:NAME), one JSON object per line
  presslens graph [--format json|graphml|gexf] FILE...
                                         the entity co-occurrence graph of the batch
  presslens tag --conll [FILE]           CoNLL tokens (first column) in, the same lines
                                         with a predicted IOB2 entity tag appended out
  presslens train --train FILE --dev FILE --out FILE [--list NAME=FILE]...
                                         train the entity tagger (docs/ner.md)
  presslens train-speakers --data DIR --out FILE [--held-out FILE]
                                         train the speaker model on PolNeAR-style data
                                         (docs/attribution.md)
  presslens word-classes --vectors FILE --out FILE [--words N] [--levels K1,K2...]
                                         cluster word vectors into the tagger's word classes
  presslens --help | --version

FILE may be - for standard input. Files are .txt articles, or .json / .jsonl
article records (fields such as title, text or body, date, url, source).
All files of one call are one batch.

Exit status: 0 when every file was analysed, 1 when any file failed (the
others are still reported), 2 on a usage error.
)";

struct Entry {
  std::string_view name;
  Command command;
};

constexpr std::array kCommands{
    Entry{"analyze", &analyze_command},
    Entry{"clean", &clean_command},
    Entry{"search", &search_command},
    Entry{"graph", &graph_command},
    Entry{"tag", &tag_command},
    Entry{"train", &train_command},
    Entry{"train-speakers", &train_speakers_command},
    Entry{"word-classes", &word_classes_command},
};

}  // namespace

int run(const std::vector<std::string>& args) {
  if (args.empty()) return usage_error("no command given");
  const std::string& command = args.front();
  if (command == "--help" || command == "-h" || command == "help") {
    write_out(std::string(kHelp));
    return kSuccess;
  }
  if (command == "--version") {
    write_out("presslens " + std::string(version()) + "\n");
    return kSuccess;
  }
  for (const auto& entry : kCommands) {
    if (entry.name == command) return entry.command({args.begin() + 1, args.end()});
  }
  return usage_error("unknown command '" + printable(command) + "'");
}

}  // namespace presslens::cli
