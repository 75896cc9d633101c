// The older LexisNexis (Academic) plain-text export: each article opens with
// "N of M DOCUMENTS", then the outlet, the date (and edition), copyright
// lines, the headline, upper-case fields ("BYLINE:", "SECTION:", "LENGTH:"),
// the body, and trailing fields from "LOAD-DATE:", "LANGUAGE:" on.
#include <algorithm>
#include <array>

#include "input/export_lines.hpp"
#include "input/news_exports.hpp"
#include "text/case.hpp"

namespace presslens::input {
namespace {

using namespace exports;

// The fields after the body: the first of them ends it.
constexpr std::array<std::string_view, 27> kTrailingKeys{
    "LOAD-DATE",       "LANGUAGE",     "GRAPHIC", "PUBLICATION-TYPE", "URL",
    "SUBJECT",         "ORGANIZATION", "PERSON",  "GEOGRAPHIC",       "CITY",
    "STATE",           "COUNTRY",      "COMPANY", "TICKER",           "INDUSTRY",
    "CORRECTION-DATE", "CORRECTION",   "NOTES",   "DOCUMENT-TYPE",    "JOURNAL-CODE",
    "ACC-NO",          "DISTRIBUTION", "TYPE",    "SERIES",           "PUB-TYPE",
    "SOURCE",          "STATUS",
};

bool is_trailing_key(std::string_view key) {
  return std::find(kTrailingKeys.begin(), kTrailingKeys.end(), key) != kTrailingKeys.end();
}

bool is_copyright(std::string_view line) {
  const auto lower = text::ascii_lower(line.substr(0, 40));
  return lower.starts_with("copyright") || line.starts_with("\xC2\xA9") ||
         lower.starts_with("(c)") || lower == "all rights reserved" ||
         lower.starts_with("all rights reserved");
}

std::optional<Counter> documents_counter(std::string_view line) {
  if (auto c = n_of_m(line, "", "DOCUMENTS")) return c;
  return n_of_m(line, "", "DOCUMENT");
}

// The lines of a field: its own, and for "HIGHLIGHT:" and "HEADLINE:" the
// non-blank lines under it that are no field themselves.
std::size_t field_end(const std::vector<std::string_view>& lines, std::size_t i, std::size_t last) {
  const auto key = upper_key(lines[i]);
  ++i;
  if (key != "HIGHLIGHT" && key != "HEADLINE") return i;  // one line: the body may follow at once
  while (i < last && !lines[i].empty() && upper_key(lines[i]).empty()) ++i;
  return i;
}

std::string field_text(const std::vector<std::string_view>& lines, std::size_t i, std::size_t end,
                       std::string_view key) {
  std::string value(trim(lines[i].substr(key.size() + 1)));
  for (std::size_t j = i + 1; j < end; ++j) {
    if (!value.empty()) value += ' ';
    value += lines[j];
  }
  return value;
}

void set_field(Record& record, std::string_view key, std::string value) {
  if (value.empty()) return;
  if (key == "BYLINE")
    record.byline = std::move(value);
  else if (key == "SECTION")
    record.section = std::move(value);
  else if (key == "LENGTH")
    record.length = first_number(value);
  else if (key == "LANGUAGE")
    record.language = std::move(value);
  else if (key == "HEADLINE" || key == "TITLE")
    record.title = std::move(value);
  else if (key == "URL")
    record.url = std::move(value);
  else if (key == "LOAD-DATE" && !record.date)
    record.date = std::move(value);
}

Record read_article(const std::vector<std::string_view>& lines, std::size_t first, std::size_t last,
                    std::size_t index) {
  Record record;
  record.database = "LexisNexis";
  // The header: outlet, date, edition, copyright and headline, up to the first field.
  std::vector<std::string_view> header;
  std::size_t i = first;
  for (; i < last && upper_key(lines[i]).empty(); ++i) {
    if (!lines[i].empty() && !is_copyright(lines[i])) header.push_back(lines[i]);
  }
  std::size_t date_line = header.size();
  for (std::size_t h = 1; h < header.size() && date_line == header.size(); ++h) {
    if (iso_date(header[h])) date_line = h;
  }
  if (!header.empty()) record.source = std::string(header.front());
  if (date_line < header.size()) record.date = std::string(header[date_line]);
  if (header.size() > 1 && (date_line == header.size() || header.size() - 1 > date_line))
    record.title = std::string(header.back());
  // The leading fields, then the body up to the first trailing field.
  std::optional<std::string> body_start;
  while (i < last) {
    if (lines[i].empty()) {
      ++i;
      continue;
    }
    const auto key = upper_key(lines[i]);
    if (key.empty() || is_trailing_key(key)) break;
    const std::size_t end = field_end(lines, i, last);
    std::string value = field_text(lines, i, end, key);
    if (key == "BODY") {
      if (!value.empty()) body_start = std::move(value);
      i = end;
      break;
    }
    set_field(record, key, std::move(value));
    i = end;
  }
  std::size_t body_last = i;
  while (body_last < last && !is_trailing_key(upper_key(lines[body_last]))) ++body_last;
  // Copyright lines at the end of the body are the database's, not the article's.
  std::size_t text_last = body_last;
  while (text_last > i && (lines[text_last - 1].empty() || is_copyright(lines[text_last - 1])))
    --text_last;
  record.body = join(lines, i, text_last);
  if (body_start) record.body = *body_start + (record.body.empty() ? "" : "\n" + record.body);
  for (i = body_last; i < last; ++i) {
    const auto key = upper_key(lines[i]);
    if (key.empty()) continue;
    const std::size_t end = field_end(lines, i, last);
    set_field(record, key, field_text(lines, i, end, key));
    i = end - 1;
  }
  finish_article(record, index);
  return record;
}

}  // namespace

std::optional<Result<std::vector<Record>>> read_lexisnexis_text(const std::string& file_name,
                                                                std::string_view content) {
  const auto lines = trimmed_lines(content);
  std::vector<std::size_t> starts;
  std::vector<Counter> counters;
  bool has_fields = false;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (const auto counter = documents_counter(lines[i])) {
      starts.push_back(i + 1);
      counters.push_back(*counter);
    } else if (!starts.empty() && (field(lines[i], "LENGTH") || field(lines[i], "LOAD-DATE"))) {
      has_fields = true;
    }
  }
  if (starts.empty() || !has_fields) return std::nullopt;
  std::vector<Record> records;
  for (std::size_t a = 0; a < starts.size(); ++a) {
    const std::size_t last = a + 1 < starts.size() ? starts[a + 1] - 1 : lines.size();
    records.push_back(read_article(lines, starts[a], last, a + 1));
  }
  return settle_export(file_name, std::move(records), counters, content.size());
}

}  // namespace presslens::input
