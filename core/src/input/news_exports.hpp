// Articles from the export files of news databases, many to a file, each with
// the fields the database gives (headline, outlet, date, byline, section,
// length, language, its id) and without the database's own boilerplate (cover
// pages, tables of contents, copyright lines). Recognised by their content,
// whatever the file's extension. See docs/formats.md.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "input/records.hpp"

namespace presslens::input {

// Each reader gives nullopt when `content` is not its kind of export.
std::optional<Result<std::vector<Record>>> read_proquest_text(const std::string& file_name,
                                                              std::string_view content);
std::optional<Result<std::vector<Record>>> read_lexisnexis_text(const std::string& file_name,
                                                                std::string_view content);
std::optional<Result<std::vector<Record>>> read_factiva_text(const std::string& file_name,
                                                             std::string_view content);

// The first reader that recognises `content`, or nullopt for an ordinary text.
std::optional<Result<std::vector<Record>>> read_news_export(const std::string& file_name,
                                                            std::string_view content);

}  // namespace presslens::input
