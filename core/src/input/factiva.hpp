// What Factiva's readers share: its text export (factiva.cpp, for its RTF and
// plain text) and its saved HTML (html/factiva.cpp). An article's fields come
// as codes ("HD" the headline, "BY", "WC", "PD", "SN", "SE", "LA", "AN"...),
// or, without the codes, as a header above the text that "Document
// <accession number>" closes.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "input/records.hpp"

namespace presslens::input::factiva {

// One of Factiva's field codes ("HD", "LP", "AN").
bool is_code(std::string_view line);

// "Document NRTHC00020151117ebbh0001a": the accession number, or empty.
std::string_view accession(std::string_view line);

// "1,204 words".
bool is_word_count(std::string_view line);

// Sets the field a code gives from its value (its lines joined by "\n"):
// HD title, BY byline, WC length, PD date, SN source, SE section, LA
// language, AN database_id; LP and TD (the lead paragraphs and the text) go
// on `body`. Other codes are the database's index: nobody's text.
void set_field(Record& record, std::string& body, std::string_view code, const std::string& value);

// The article without codes: `lines[first, last)` its header and text, and
// `lines[last]` its "Document" line (or an empty line when it has none).
Record read_plain(const std::vector<std::string_view>& lines, std::size_t first, std::size_t last,
                  std::size_t index);

}  // namespace presslens::input::factiva
