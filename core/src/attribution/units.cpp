#include "attribution/units.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "identity/words.hpp"

namespace presslens::attribution {
namespace {

constexpr std::string_view kOpen = "\u201C";   // “
constexpr std::string_view kClose = "\u201D";  // ”

bool is_space(char c) {
  return c == ' ' || c == '\n';
}

bool closing_mark_at(std::string_view text, std::size_t i, std::size_t& length) {
  for (std::string_view mark :
       {std::string_view("\""), kClose, std::string_view("\u2019"), std::string_view("'")}) {
    if (text.substr(i, mark.size()) == mark) {
      length = mark.size();
      return true;
    }
  }
  return false;
}

Span trimmed(std::string_view text, std::size_t from, std::size_t to) {
  while (from < to && is_space(text[from])) ++from;
  while (to > from && is_space(text[to - 1])) --to;
  return {from, to};
}

}  // namespace

std::vector<Span> paragraphs(std::string_view text) {
  std::vector<Span> out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    if (end > start) out.push_back({start, end});
    start = end + 1;
  }
  return out;
}

std::vector<Span> sentences(std::string_view text, Span paragraph) {
  std::vector<Span> out;
  std::size_t start = paragraph.start;
  const auto words = identity::words_in(text, paragraph.start, paragraph.end);
  for (std::size_t i = 0; i < words.size(); ++i) {
    const auto& w = words[i];
    if (!(w.text == "." || w.text == "!" || w.text == "?" || w.text == "\u2026")) continue;
    std::size_t end = w.end;
    std::size_t j = i + 1;
    std::size_t length = 0;
    while (j < words.size() && words[j].start == end && closing_mark_at(text, end, length)) {
      end = words[j].end;
      ++j;
    }
    if (w.text == "\u2026" && j == i + 1) continue;  // an omission inside a sentence
    if (j < words.size()) {
      if (words[j].start == end) continue;  // "3.5", no space after
      if (!words[j].punct && !words[j].capitalised) continue;
    }
    out.push_back({start, end});
    start = end;
    while (start < paragraph.end && is_space(text[start])) ++start;
  }
  if (start < paragraph.end) out.push_back(trimmed(text, start, paragraph.end));
  return out;
}

std::vector<Segment> quoted_segments(std::string_view text, const std::vector<Span>& paragraphs) {
  std::vector<Segment> out;
  for (std::size_t p = 0; p < paragraphs.size(); ++p) {
    const Span para = paragraphs[p];
    bool open = false;
    std::size_t open_at = 0;
    std::size_t open_len = 0;
    for (std::size_t i = para.start; i < para.end;) {
      const bool curly_open = text.substr(i, kOpen.size()) == kOpen;
      const bool curly_close = text.substr(i, kClose.size()) == kClose;
      const bool straight = text[i] == '"';
      const std::size_t length = curly_open ? kOpen.size() : curly_close ? kClose.size() : 1;
      if (curly_open || (straight && !open)) {
        open = true;  // a second opening mark restarts the segment
        open_at = i;
        open_len = length;
      } else if (open && (curly_close || straight)) {
        const Span inner = trimmed(text, open_at + open_len, i);
        if (inner.end > inner.start) out.push_back({open_at, i, inner, true, p});
        open = false;
      }
      i += length;
    }
    if (open) {
      const Span inner = trimmed(text, open_at + open_len, para.end);
      if (inner.end > inner.start) out.push_back({open_at, para.end, inner, false, p});
    }
  }
  return out;
}

}  // namespace presslens::attribution
