#include "clean/phrases.hpp"

#include <bit>
#include <cstdint>
#include <string>

#include "clean/cue_matcher.hpp"
#include "clean/phrase_lists.hpp"

namespace presslens::clean {
namespace {

// Bytes; longer blocks are not appeals or small print.
constexpr std::size_t kLongestBoilerplate = 1500;

// How many words a line may have for a cue of this kind to decide it: a
// byline or a sign-up is a short line, a caption may be a long one.
int longest_line_for(Furniture kind) {
  switch (kind) {
    case Furniture::byline:
      return 12;
    case Furniture::newsletter:
      return 15;
    case Furniture::caption:
      return 70;
    default:
      return 40;
  }
}

std::string_view trim_line(std::string_view s) {
  constexpr std::string_view kTrailing = " .!:;,>»›→*|-–—";
  while (!s.empty()) {
    const auto c = static_cast<unsigned char>(s.back());
    if (kTrailing.find(static_cast<char>(c)) != kTrailing.npos) {
      s.remove_suffix(1);
    } else if (s.ends_with("»") || s.ends_with("›") || s.ends_with("→") || s.ends_with("–") ||
               s.ends_with("—")) {
      s.remove_suffix(s.ends_with("»") ? 2 : 3);
    } else {
      break;
    }
  }
  while (!s.empty() && (s.front() == ' ' || s.front() == '|' || s.front() == '*'))
    s.remove_prefix(1);
  return s;
}

// "34 Comments", "12 responses to ...": a comment section.
bool comment_header(std::string_view text, int words) {
  if (words > 8) return false;
  std::size_t i = 0;
  while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
  if (i == 0 || i >= text.size() || text[i] != ' ') return false;
  const std::string_view rest = text.substr(i + 1);
  for (std::string_view word : {"comment", "response", "repl", "kommentar", "comentário",
                                "comentario", "commentaire", "комментари"}) {
    if (rest.starts_with(word)) return true;
  }
  return false;
}

// One matcher for every cue found anywhere in a block; ids tell the table.
constexpr int kInsideBase = 0;
constexpr int kLegalBase = 100;
constexpr int kAppealBase = 200;

const CueMatcher& all_cues() {
  static const CueMatcher matcher = [] {
    CueMatcher m;
    const auto inside = inside_cues();
    const auto legal = legal_cues();
    const auto appeal = appeal_words();
    for (std::size_t i = 0; i < inside.size(); ++i) m.add(inside[i].text, kInsideBase + int(i));
    for (std::size_t i = 0; i < legal.size(); ++i) m.add(legal[i].text, kLegalBase + int(i));
    for (std::size_t i = 0; i < appeal.size(); ++i) {
      m.add(appeal[i], kAppealBase + int(i), /*whole_word=*/true);
    }
    return m;
  }();
  return matcher;
}

Furniture whole_line_class(const BlockFeatures& block) {
  const std::string_view text = block.folded;
  if (comment_header(text, block.words)) return Furniture::comment_form;
  // "By Jane Doe", not "By then, it was too late."
  constexpr int kLongestByline = 5;
  if (text.starts_with("by ") && block.words <= kLongestByline && !block.ends_sentence &&
      block.commas == 0) {
    return Furniture::byline;
  }
  if (block.words <= 8) {
    const auto& table = whole_line_phrases();
    if (auto it = table.find(trim_line(text)); it != table.end()) return it->second;
    if (text.ends_with(":") && table.contains(text)) return table.find(text)->second;
  }
  if (text.ends_with("[…]") || text.ends_with("[...]")) return Furniture::related;  // a teaser
  if (block.words <= 40) {
    for (const auto& cue : line_start_cues()) {
      if (text.starts_with(cue.text) && block.words <= longest_line_for(cue.kind)) return cue.kind;
    }
  }
  return Furniture::none;
}

}  // namespace

PhraseMatch match_phrases(const BlockFeatures& block) {
  PhraseMatch match;
  match.furniture = whole_line_class(block);
  const std::string_view text = block.folded;
  if (text.size() > kLongestBoilerplate) return match;
  Furniture inside = Furniture::none;
  Furniture legal = Furniture::none;
  std::uint64_t appeal = 0;  // each appeal cue counts once
  all_cues().scan(text, [&](int id) {
    if (id >= kAppealBase) {
      appeal |= std::uint64_t{1} << (id - kAppealBase);
    } else if (id >= kLegalBase) {
      if (legal == Furniture::none) legal = legal_cues()[std::size_t(id - kLegalBase)].kind;
    } else if (inside == Furniture::none) {
      const Furniture kind = inside_cues()[std::size_t(id - kInsideBase)].kind;
      if (block.words <= longest_line_for(kind)) inside = kind;
    }
  });
  match.appeal = std::popcount(appeal);
  if (match.furniture == Furniture::none) match.furniture = inside;
  if (match.furniture == Furniture::none) match.furniture = legal;
  return match;
}

std::string_view reason_for(Furniture furniture) {
  switch (furniture) {
    case Furniture::navigation:
      return "navigation";
    case Furniture::share:
      return "share buttons";
    case Furniture::comment_form:
      return "comment form";
    case Furniture::read_more:
      return "read-more link";
    case Furniture::related:
    case Furniture::related_link:
      return "related links";
    case Furniture::advertisement:
      return "advertisement";
    case Furniture::newsletter:
      return "newsletter sign-up";
    case Furniture::copyright:
      return "copyright notice";
    case Furniture::cookie:
      return "cookie notice";
    case Furniture::disclosure:
      return "affiliate disclosure";
    case Furniture::caption:
      return "photo caption";
    case Furniture::byline:
      return "byline or date";
    case Furniture::appeal:
    case Furniture::appeal_header:
      return "donation appeal";
    case Furniture::none:
      break;
  }
  return "page furniture";
}

}  // namespace presslens::clean
