// Nexis Uni's DOCX export: a cover page (who searched, when, "Documents
// (25)", the list of headlines), then each article: headline, outlet, date,
// copyright, fields ("Section:", "Length:", "Byline:", each followed by a
// non-breaking space), a line "Body", the text, then "Classification" and
// index fields ("Language:", "Load-Date:"), and "End of Document".
#include <algorithm>
#include <array>

#include "input/docx.hpp"
#include "input/export_lines.hpp"
#include "text/case.hpp"

namespace presslens::input {
namespace {

using namespace exports;

constexpr std::array<std::string_view, 11> kHeaderKeys{
    "Section", "Length", "Byline", "Dateline", "Highlight",  "Edition",
    "Author",  "Column", "Series", "Type",     "Correction",
};

// Lines that end the body: the index that follows it.
constexpr std::array<std::string_view, 6> kBodyEnds{
    "Classification", "Graphic", "Notes", "Related Articles", "Link to Image", "End of Document"};

constexpr std::array<std::string_view, 4> kBodyEndFields{"Load-Date", "Language",
                                                         "Publication-Type", "Subject"};

template <std::size_t N>
bool is_field_of(std::string_view line, const std::array<std::string_view, N>& keys) {
  return std::any_of(keys.begin(), keys.end(), [&](auto key) { return field(line, key); });
}

bool is_copyright(std::string_view line) {
  const auto lower = text::ascii_lower(line.substr(0, 20));
  return lower.starts_with("copyright") || line.starts_with("\xC2\xA9") ||
         lower.starts_with("all rights reserved");
}

Record read_article(const std::vector<std::string_view>& lines, std::size_t first, std::size_t last,
                    std::size_t index) {
  Record record;
  record.database = "Nexis Uni";
  std::size_t body = first;
  while (body < last && lines[body] != "Body") ++body;
  // The fields above "Body", and above them copyright, date, outlet, headline.
  std::size_t top = body;
  while (top > first && (lines[top - 1].empty() || is_field_of(lines[top - 1], kHeaderKeys))) --top;
  for (std::size_t i = top; i < body; ++i) {
    const auto set = [&](std::string_view key, std::optional<std::string>& to) {
      if (const auto v = field(lines[i], key); v && !v->empty()) to = std::string(*v);
    };
    set("Section", record.section);
    set("Byline", record.byline);
    if (const auto v = field(lines[i], "Length")) record.length = first_number(*v);
  }
  std::vector<std::size_t> header;  // non-empty, non-copyright lines, nearest first
  for (std::size_t i = top; i > first && header.size() < 3;) {
    --i;
    if (!lines[i].empty() && !is_copyright(lines[i])) header.push_back(i);
  }
  std::size_t h = 0;
  if (h < header.size() && iso_date(lines[header[h]]))
    record.date = std::string(lines[header[h++]]);
  if (h < header.size()) record.source = std::string(lines[header[h++]]);
  if (h < header.size()) record.title = std::string(lines[header[h++]]);
  // The text, up to the index.
  std::size_t end = std::min(body + 1, last);
  while (end < last &&
         std::find(kBodyEnds.begin(), kBodyEnds.end(), lines[end]) == kBodyEnds.end() &&
         !is_field_of(lines[end], kBodyEndFields))
    ++end;
  if (body < last) record.body = join(lines, body + 1, end);
  for (std::size_t i = end; i < last; ++i) {
    if (const auto v = field(lines[i], "Language"); v && !v->empty())
      record.language = std::string(*v);
    if (const auto v = field(lines[i], "Load-Date"); v && !v->empty() && !record.date)
      record.date = std::string(*v);
  }
  finish_article(record, index);
  return record;
}

// "Documents (25)" on the cover page.
std::optional<std::size_t> declared_count(const std::vector<std::string_view>& lines,
                                          std::size_t before) {
  for (std::size_t i = 0; i < before; ++i) {
    const auto line = lines[i];
    if (line.starts_with("Documents (") && line.ends_with(")")) return first_number(line);
  }
  return std::nullopt;
}

}  // namespace

std::optional<Result<std::vector<Record>>> read_nexis_uni(
    const std::string& file_name, const std::vector<std::string>& paragraphs, std::size_t bytes) {
  // Paragraphs may hold line breaks: the lines are what the fields sit on.
  std::string all;
  for (const auto& p : paragraphs) {
    all += p;
    all += '\n';
  }
  const auto lines = trimmed_lines(all);
  std::vector<std::size_t> ends;
  bool has_body = false;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i] == "End of Document") ends.push_back(i);
    if (lines[i] == "Body") has_body = true;
  }
  if (ends.empty() || !has_body) return std::nullopt;
  std::vector<Record> records;
  std::size_t first = 0;
  for (const auto end : ends) {
    records.push_back(read_article(lines, first, end, records.size() + 1));
    first = end + 1;
  }
  std::vector<Counter> counters;
  if (const auto declared = declared_count(lines, ends.front())) counters.push_back({0, *declared});
  return settle_export(file_name, std::move(records), counters, bytes);
}

}  // namespace presslens::input
