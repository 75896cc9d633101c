// ProQuest's plain-text export: articles between lines of underscores, each
// "Document N of M", the headline, citation fields, "Full text:" and the body,
// then "Key: value" index fields. The report's cover, table of contents and
// contact lines (between other separators) are the database's boilerplate.
#include <algorithm>
#include <array>

#include "input/export_lines.hpp"
#include "input/news_exports.hpp"

namespace presslens::input {
namespace {

using namespace exports;

// The index fields that follow the body: the first of them ends it.
constexpr std::array<std::string_view, 41> kIndexKeys{
    "Subject",
    "Location",
    "People",
    "Company / organization",
    "Identifier / keyword",
    "Classification",
    "Title",
    "Publication title",
    "Volume",
    "Issue",
    "Pages",
    "First page",
    "Publication year",
    "Publication date",
    "Year",
    "Dateline",
    "Section",
    "Publisher",
    "Place of publication",
    "Country of publication",
    "Publication subject",
    "ISSN",
    "e-ISSN",
    "CODEN",
    "Source type",
    "Language of publication",
    "Document type",
    "Document feature",
    "ProQuest document ID",
    "Document URL",
    "Copyright",
    "Last updated",
    "Database",
    "Credit",
    "Word count",
    "Illustration",
    "Caption",
    "Accession number",
    "Links",
    "Author",
    "Publication info",
};

bool is_separator(std::string_view line) {
  return line.size() >= 20 &&
         std::all_of(line.begin(), line.end(), [](char c) { return c == '_'; });
}

std::optional<std::string_view> key_of(std::string_view line) {
  for (const auto key : kIndexKeys) {
    if (field(line, key)) return key;
  }
  return std::nullopt;
}

struct Article {
  std::size_t first = 0;  // line range, between separators
  std::size_t last = 0;
};

// One article's lines to a Record.
Record read_article(const std::vector<std::string_view>& lines, Article a, std::size_t index,
                    std::vector<Counter>& counters) {
  Record record;
  record.database = "ProQuest";
  std::size_t i = a.first;
  while (i < a.last && lines[i].empty()) ++i;
  if (i < a.last) {
    if (const auto counter = n_of_m(lines[i], "Document ", "")) {
      counters.push_back(*counter);
      ++i;
    }
  }
  while (i < a.last && lines[i].empty()) ++i;
  // The headline comes first, unless the citation starts at once.
  if (i < a.last && !key_of(lines[i]) && !field(lines[i], "Full text")) {
    record.title = std::string(lines[i]);
    ++i;
  }
  std::size_t body_first = a.last, body_last = a.last;
  for (; i < a.last; ++i) {
    if (const auto text = field(lines[i], "Full text")) {
      body_first = i;
      body_last = i + 1;
      while (body_last < a.last && !key_of(lines[body_last])) ++body_last;
      i = body_last - 1;
      continue;
    }
    const auto key = key_of(lines[i]);
    if (!key) continue;
    const std::string value(*field(lines[i], *key));
    if (value.empty()) continue;
    if (*key == "Title") record.title = value;
    if (*key == "Publication title") record.source = value;
    if (*key == "Publication date") record.date = value;
    if (*key == "Author") record.byline = value;
    if (*key == "Section") record.section = value;
    if (*key == "Word count") record.length = first_number(value);
    if (*key == "Language of publication") record.language = value;
    if (*key == "ProQuest document ID") record.database_id = value;
    if (*key == "Document URL") record.url = value;
  }
  if (body_first < a.last) {
    std::vector<std::string_view> body(lines.begin() + static_cast<std::ptrdiff_t>(body_first),
                                       lines.begin() + static_cast<std::ptrdiff_t>(body_last));
    body.front() = *field(body.front(), "Full text");
    record.body = join(body, 0, body.size());
  }
  finish_article(record, index);
  return record;
}

// An article's part holds its "Document N of M" line or its body or its id;
// the others (the cover, the table of contents, the contact lines) do not.
bool is_article(const std::vector<std::string_view>& lines, Article a) {
  for (std::size_t i = a.first; i < a.last; ++i) {
    if (n_of_m(lines[i], "Document ", "") || field(lines[i], "Full text") ||
        field(lines[i], "ProQuest document ID"))
      return true;
  }
  return false;
}

}  // namespace

std::optional<Result<std::vector<Record>>> read_proquest_text(const std::string& file_name,
                                                              std::string_view content) {
  const auto lines = trimmed_lines(content);
  std::vector<Article> parts;
  std::size_t start = 0;
  bool separated = false;
  for (std::size_t i = 0; i <= lines.size(); ++i) {
    if (i == lines.size() || is_separator(lines[i])) {
      if (i > start) parts.push_back({start, i});
      separated = separated || i < lines.size();
      start = i + 1;
    }
  }
  if (!separated) return std::nullopt;
  std::vector<Article> articles;
  for (const auto& part : parts) {
    if (is_article(lines, part)) articles.push_back(part);
  }
  if (articles.empty()) return std::nullopt;
  std::vector<Counter> counters;
  std::vector<Record> records;
  for (const auto& article : articles)
    records.push_back(read_article(lines, article, records.size() + 1, counters));
  return settle_export(file_name, std::move(records), counters, content.size());
}

}  // namespace presslens::input
