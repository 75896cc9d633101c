// Factiva's saved HTML exports, many articles to a file: each article a
// <div class="article ..."> holding either the table of its codes (a row per
// code: "HD" the headline, "BY", "WC", "PD", "SN", "SE", "LA", "LP" and "TD"
// the text, "AN" the accession number; "Full Article/Report plus Indexing")
// or the article alone, its header above the text and "Document <accession
// number>" closing it ("Article Format"). The fields are read as the text
// export's (input/factiva.hpp); this file finds them in the DOM. It lives in
// html/ because it reads a parsed page, and html/ already reads input/, not
// the other way round.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "html/dom.hpp"
#include "input/records.hpp"

namespace presslens::html {

// One record per article, or nullopt when the page is not a Factiva export
// (no article div with the code table, nor one with a word count and a
// "Document" line). An article cut short (no AN row, or no "Document" line)
// gets a warning saying the file may be incomplete.
std::optional<Result<std::vector<input::Record>>> read_factiva_html(const std::string& file_name,
                                                                    const Dom& dom,
                                                                    std::size_t bytes);

}  // namespace presslens::html
