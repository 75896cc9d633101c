// `presslens tag --conll [FILE]`: CoNLL tokens (first column) in, the same
// lines with a predicted IOB2 tag appended out. Blank lines end sentences;
// -DOCSTART- lines are document breaks, passed through with tag O.
#include <string_view>

#include "cli.hpp"
#include "presslens/input.hpp"
#include "presslens/ner.hpp"

namespace presslens::cli {
namespace {

std::string_view first_column(std::string_view line) {
  const auto start = line.find_first_not_of(" \t");
  if (start == std::string_view::npos) return {};
  const auto end = line.find_first_of(" \t", start);
  return line.substr(start, end == std::string_view::npos ? end : end - start);
}

class ConllTagger {
 public:
  bool add_line(std::string_view line) {
    const std::string_view word = first_column(line);
    if (word == "-DOCSTART-") {
      if (!flush()) return false;
      lines_.emplace_back(line);
      tags_pending_.push_back(Pending::docstart);
      return flush();
    }
    lines_.emplace_back(line);
    if (word.empty()) {
      tags_pending_.push_back(Pending::blank);
      if (!sentences_.empty() && !sentences_.back().empty()) sentences_.emplace_back();
    } else {
      tags_pending_.push_back(Pending::token);
      if (sentences_.empty()) sentences_.emplace_back();
      sentences_.back().emplace_back(word);
    }
    return true;
  }

  // Tags the document so far and writes its lines.
  bool flush() {
    auto tags = tag_sentences(sentences_);
    if (!tags) {
      error_ = tags.error().message;
      return false;
    }
    std::string out;
    std::size_t next = 0;
    for (std::size_t i = 0; i < lines_.size(); ++i) {
      out += lines_[i];
      if (tags_pending_[i] == Pending::token) {
        out += ' ';
        out += tags.value()[next++];
      } else if (tags_pending_[i] == Pending::docstart) {
        out += " O";
      }
      out += '\n';
    }
    write_out(out);
    lines_.clear();
    tags_pending_.clear();
    sentences_.clear();
    return true;
  }

  const std::string& error() const { return error_; }

 private:
  enum class Pending { token, blank, docstart };
  std::vector<std::string> lines_;
  std::vector<Pending> tags_pending_;
  std::vector<std::vector<std::string>> sentences_;
  std::string error_;
};

}  // namespace

int tag_command(const std::vector<std::string>& args) {
  bool conll = false;
  ArgumentReader in("tag", args);
  while (const auto option = in.next_option()) {
    if (*option == "--conll") {
      conll = true;
    } else {
      return in.unknown();
    }
  }
  std::vector<std::string> paths = in.operands();
  if (!conll) return usage_error("tag: only --conll input is supported");
  if (paths.size() > 1) return usage_error("tag: at most one FILE");
  if (paths.empty()) paths.emplace_back("-");
  const auto files = read_files(paths);
  if (files[0].read_error) {
    write_error("presslens: " + printable(paths[0]) + ": " + files[0].read_error->message + "\n");
    return kSomeFileFailed;
  }
  // CoNLL is text: a picture or an archive is refused, legacy encodings read.
  std::vector<std::string> warnings;
  const auto decoded = decode_text(files[0].bytes, &warnings);
  if (!decoded) {
    write_error("presslens: " + printable(paths[0]) + ": " + decoded.error().message + "\n");
    return kSomeFileFailed;
  }
  for (const auto& warning : warnings)
    write_error("presslens: " + printable(paths[0]) + ": " + warning + "\n");
  if (!ner_model_loaded()) {
    write_error("presslens: no NER model is loaded (expected ner.bin beside the program)\n");
    return kSomeFileFailed;
  }
  ConllTagger tagger;
  const std::string_view text = decoded.value();
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view line = text.substr(pos, eol - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    pos = eol + 1;
    if (!tagger.add_line(line)) break;
  }
  if (!tagger.error().empty() || !tagger.flush()) {
    write_error("presslens: tag: " + tagger.error() + "\n");
    return kSomeFileFailed;
  }
  return kSuccess;
}

}  // namespace presslens::cli
