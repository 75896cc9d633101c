#include "text/sentences.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>

#include "text/case.hpp"
#include "text/lexicon.hpp"
#include "text/offsets.hpp"

namespace presslens::text {
namespace {

constexpr std::string_view kEllipsis = "\u2026";

// Marks that may close a sentence after its full stop: ." .” .’ .) .»
constexpr std::array<std::string_view, 7> kClosers{"\"",     "'",      ")",     "]",
                                                   "\u201D", "\u2019", "\u00BB"};

std::size_t closer_length(std::string_view text, std::size_t i) {
  for (const auto closer : kClosers) {
    if (text.substr(i).starts_with(closer)) return closer.size();
  }
  return 0;
}

// One past the run of sentence marks at text[i] (. ! ? …), or i.
std::size_t marks_end(std::string_view text, std::size_t i) {
  while (i < text.size()) {
    if (text[i] == '.' || text[i] == '!' || text[i] == '?') {
      ++i;
    } else if (text.substr(i).starts_with(kEllipsis)) {
      i += kEllipsis.size();
    } else {
      break;
    }
  }
  return i;
}

bool starts_lower_case(std::string_view text, std::size_t i) {
  const auto byte = static_cast<unsigned char>(text[i]);
  if (byte < 0x80) return is_ascii_lower(static_cast<char>(byte));
  UChar32 c;
  auto k = static_cast<std::int32_t>(i);
  U8_NEXT(reinterpret_cast<const std::uint8_t*>(text.data()), k,
          static_cast<std::int32_t>(text.size()), c);
  return c >= 0 && u_islower(c);
}

// The period at text[dot] belongs to the word before it: "Mr.", "U.S.", "F.".
bool abbreviation_period(std::string_view text, std::size_t dot) {
  std::size_t from = dot;
  while (from > 0 && (is_ascii_letter(text[from - 1]) || text[from - 1] == '.')) --from;
  const std::string_view word = text.substr(from, dot - from);
  return !word.empty() && keeps_period(word);
}

}  // namespace

std::vector<Span> split_sentences(std::string_view text) {
  std::vector<Span> out;
  std::size_t start = 0;
  auto close = [&](std::size_t end) {
    std::size_t from = start;
    while (from < end && (text[from] == ' ' || text[from] == '\n')) ++from;
    while (end > from && (text[end - 1] == ' ' || text[end - 1] == '\n')) --end;
    if (end > from) out.push_back(make_span(from, end));
  };
  std::size_t i = 0;
  while (i < text.size()) {
    if (text[i] == '\n') {
      close(i);
      start = ++i;
      continue;
    }
    const std::size_t marks = marks_end(text, i);
    if (marks == i) {
      ++i;
      continue;
    }
    const bool lone_period = marks == i + 1 && text[i] == '.';
    const std::size_t dot = i;
    std::size_t end = marks;
    while (end < text.size()) {
      const std::size_t n = closer_length(text, end);
      if (n == 0) break;
      end += n;
    }
    i = end;
    if (end + 1 >= text.size() || text[end] != ' ') continue;
    std::size_t next = end;
    while (next < text.size() && text[next] == ' ') ++next;
    if (next >= text.size() || text[next] == '\n' || starts_lower_case(text, next)) continue;
    if (lone_period && abbreviation_period(text, dot)) continue;
    close(end);
    start = end;
  }
  close(text.size());
  return out;
}

std::size_t sentence_at(const std::vector<Span>& sentences, std::size_t offset) {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), offset,
                             [](std::size_t o, const Span& s) { return o < s.start; });
  return it == sentences.begin() ? 0 : static_cast<std::size_t>(it - sentences.begin()) - 1;
}

std::size_t part_end(std::string_view text, std::size_t start, std::size_t max_bytes) {
  if (text.size() - start <= max_bytes) return text.size();
  const std::string_view window = text.substr(start, max_bytes);
  for (const std::string_view cut : {"\n\n", ". ", " "}) {
    const auto at = window.rfind(cut);
    if (at != std::string_view::npos && at > max_bytes / 2) return start + at + cut.size();
  }
  // No space in the second half: cut at a character boundary.
  std::size_t end = start + max_bytes;
  while (end > start + 1 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return end;
}

}  // namespace presslens::text
