// One file holds one article (.txt) or many article records (.json, .jsonl,
// and the export files of news databases, whatever their extension).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "presslens/document.hpp"
#include "presslens/error.hpp"

namespace presslens::input {

struct Record {
  std::string name;  // the file name, or "file.jsonl#3" for the third record
  std::optional<std::string> title;
  std::optional<std::string> date;  // as given; see iso_date()
  std::optional<std::string> url;
  std::optional<std::string> source;  // the outlet
  std::optional<std::string> byline;  // news-database exports (news_exports.hpp) give these
  std::optional<std::string> section;
  std::optional<std::size_t> length;    // in words, as the database states it
  std::optional<std::string> language;  // as the database names it ("English")
  std::optional<std::string> database;  // "ProQuest", "LexisNexis", "Nexis Uni", "Factiva"
  std::optional<std::string> database_id;
  std::vector<std::string> headings;  // lines of `body` the input marks as headings
  std::string body;                   // UTF-8, not yet normalised
  std::optional<Error> error;         // a record that is not an article
  std::vector<std::string> warnings;  // e.g. flaws in its JSON that were repaired
  // What the file was read as, decided once by the reader that made the
  // record (the document reports it as its "format").
  InputFormat format = InputFormat::text;
};

// `records`, each marked as read as `format`; an error passes through.
Result<std::vector<Record>> read_as(Result<std::vector<Record>> records, InputFormat format);

enum class FileFormat { text, json, json_lines, html, mhtml };

// The format a file's name says (.json, .jsonl/.ndjson, .html/.htm/.xhtml,
// .mhtml/.mht; anything else is text).
FileFormat format_of(std::string_view file_name);

// The format of a file from its name, then its first bytes: a file named as
// text (or not named at all) whose content starts like a web page
// ("<!DOCTYPE html", "<html", a saved page's "<!-- saved from url") is a web
// page, and one that starts with multipart/related headers a web archive.
FileFormat sniff_format(std::string_view file_name, std::string_view bytes);

// Splits decoded file content into records, each marked with the format the
// content was read as (JSON, RTF, e-mail, or text: a news database's text
// export is text). A whole-file failure (a .json
// file that does not parse) is an Error; a bad line of a .jsonl file is one
// Record with its error set, and the other lines still count. The records
// of one file are capped (json_records.cpp, docs/robustness.md): what is past
// the cap is one more Record with its error set.
Result<std::vector<Record>> split_records(const std::string& file_name, std::string_view content);

// An ISO 8601 date ("2015-09-16") from the usual ways news exports write
// dates ("2015-09-16T10:00:00Z", "Wed, 16 Sep 2015 10:00:00 GMT",
// "September 16, 2015", "16 Sep 2015"), or nullopt.
std::optional<std::string> iso_date(std::string_view text);

// A date as a page writes it on a date line: what iso_date reads, with an
// ordinal day ("September 1st, 2023"), and day.month.year ("12.12.2025"), or
// day and month with slashes in either order when one of them is over 12
// ("10/31/2024", "15/12/2025"; "03/04/2025" is not guessed).
std::optional<std::string> written_date(std::string_view text);

}  // namespace presslens::input
