// Factiva's exports as text (its RTF, read by rtf.cpp; its plain text). Two
// layouts: the article alone (headline, section, "By ...", "412 words", the
// date, the outlet, its source code, the language, copyright, the text, and
// "Document <accession number>" closing it), and the article with its
// indexing codes, each code ("HD", "BY", "WC", "PD", "SN", "LP", "TD", "AN"...)
// on a line of its own above its value.
#include <algorithm>
#include <array>

#include "input/export_lines.hpp"
#include "input/factiva.hpp"
#include "input/news_exports.hpp"
#include "text/case.hpp"

namespace presslens::input {
namespace factiva {

using namespace exports;

namespace {

constexpr std::array<std::string_view, 32> kCodes{
    "HD", "CLM", "SE",  "BY",  "CR", "WC",  "PD",  "ET",  "SN", "SC",  "ED",
    "PG", "VOL", "LA",  "CY",  "LP", "TD",  "CT",  "RF",  "CO", "IN",  "NS",
    "RE", "IPC", "IPD", "PUB", "AN", "ART", "NGC", "RST", "CX", "SEC",
};

}  // namespace

bool is_code(std::string_view line) {
  return std::find(kCodes.begin(), kCodes.end(), line) != kCodes.end();
}

std::string_view accession(std::string_view line) {
  if (!line.starts_with("Document ")) return {};
  const auto id = line.substr(9);
  if (id.size() < 16 || id.size() > 40) return {};
  for (const char c : id) {
    if (!text::is_ascii_alnum(c)) return {};
  }
  return id;
}

bool is_word_count(std::string_view line) {
  if (!line.ends_with(" words")) return false;
  const auto n = line.substr(0, line.size() - 6);
  return !n.empty() && std::all_of(n.begin(), n.end(),
                                   [](char c) { return text::is_ascii_digit(c) || c == ','; });
}

namespace {

bool is_copyright(std::string_view line) {
  const auto lower = text::ascii_lower(line.substr(0, 20));
  return lower.starts_with("copyright") || line.starts_with("\xC2\xA9") ||
         lower.starts_with("(c)") || lower.starts_with("all rights reserved");
}

bool is_time(std::string_view line) {  // "14:02", "2:02 PM", "14:02 GMT"
  return line.size() >= 4 && line.size() <= 12 && text::is_ascii_digit(line[0]) &&
         line.find(':') != std::string_view::npos && line.find(':') <= 2;
}

bool is_source_code(std::string_view line) {  // "NRTHC"
  return line.size() >= 2 && line.size() <= 12 && std::all_of(line.begin(), line.end(), [](char c) {
           return text::is_ascii_upper(c) || text::is_ascii_digit(c);
         });
}

bool is_language(std::string_view line) {  // "English", "Deutsch", "Français"
  return line.size() >= 4 && line.size() <= 16 && text::is_ascii_upper(line[0]) &&
         line.find(' ') == std::string_view::npos && !text::is_ascii_digit(line.back());
}

}  // namespace

Record read_plain(const std::vector<std::string_view>& lines, std::size_t first, std::size_t last,
                  std::size_t index) {
  Record record;
  record.database = "Factiva";
  record.database_id = std::string(accession(lines[last]));
  std::size_t words = first;
  while (words < last && !is_word_count(lines[words])) ++words;
  std::vector<std::size_t> head;  // non-empty lines above the word count
  for (std::size_t i = first; i < words; ++i) {
    if (!lines[i].empty()) head.push_back(i);
  }
  std::size_t i = words;
  if (words < last) {
    record.length = first_number(lines[words]);
    if (!head.empty()) record.title = std::string(lines[head.front()]);
    for (std::size_t h = 1; h < head.size(); ++h) {
      const auto line = lines[head[h]];
      if (line.starts_with("By ")) {
        record.byline = std::string(line.substr(3));
      } else {
        record.section = std::string(line);
      }
    }
    ++i;
    const auto next = [&] {
      while (i < last && lines[i].empty()) ++i;
      return i < last ? lines[i] : std::string_view{};
    };
    if (iso_date(next())) record.date = std::string(lines[i++]);
    if (is_time(next())) ++i;
    if (!next().empty()) record.source = std::string(lines[i++]);
    if (is_source_code(next())) ++i;
    if (is_language(next())) record.language = std::string(lines[i++]);
    while (is_copyright(next())) ++i;
  } else {
    i = first;  // no header found: the whole part is the text
  }
  record.body = join(lines, i, last);
  finish_article(record, index);
  return record;
}

void set_field(Record& record, std::string& body, std::string_view code, const std::string& value) {
  if (value.empty()) return;
  std::string one_line = value;
  std::replace(one_line.begin(), one_line.end(), '\n', ' ');
  if (code == "HD")
    record.title = one_line;
  else if (code == "BY")
    record.byline = one_line.starts_with("By ") ? one_line.substr(3) : one_line;
  else if (code == "WC")
    record.length = exports::first_number(value);
  else if (code == "PD")
    record.date = one_line;
  else if (code == "SN")
    record.source = one_line;
  else if (code == "SE")
    record.section = one_line;
  else if (code == "LA")
    record.language = one_line;
  else if (code == "AN") {
    const auto id = accession(one_line);
    record.database_id = id.empty() ? one_line : std::string(id);
  } else if (code == "LP" || code == "TD") {
    body += (body.empty() ? "" : "\n") + value;
  }
}

}  // namespace factiva

namespace {

using namespace exports;

// The article with its codes: each code's value is the lines up to the next code.
Record read_coded(const std::vector<std::string_view>& lines, std::size_t first, std::size_t last,
                  std::size_t index) {
  Record record;
  record.database = "Factiva";
  std::string body;
  for (std::size_t i = first; i < last;) {
    if (!factiva::is_code(lines[i])) {
      ++i;
      continue;
    }
    std::size_t end = i + 1;
    while (end < last && !factiva::is_code(lines[end])) ++end;
    factiva::set_field(record, body, lines[i], join(lines, i + 1, end));
    i = end;
  }
  record.body = std::move(body);
  finish_article(record, index);
  return record;
}

}  // namespace

std::optional<Result<std::vector<Record>>> read_factiva_text(const std::string& file_name,
                                                             std::string_view content) {
  const auto lines = trimmed_lines(content);
  std::vector<Record> records;
  // With codes: an article runs from "HD" to the line after "AN".
  bool coded = false;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i] != "HD") continue;
    std::size_t end = i + 1;
    while (end < lines.size() && lines[end] != "AN" && lines[end] != "HD") ++end;
    if (end >= lines.size() || lines[end] != "AN") continue;
    coded = true;
    records.push_back(read_coded(lines, i, std::min(end + 2, lines.size()), records.size() + 1));
    i = end;
  }
  if (!coded) {
    std::size_t first = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (factiva::accession(lines[i]).empty()) continue;
      records.push_back(factiva::read_plain(lines, first, i, records.size() + 1));
      first = i + 1;
    }
  }
  if (records.empty()) return std::nullopt;
  return settle_export(file_name, std::move(records), {}, content.size());
}

}  // namespace presslens::input
