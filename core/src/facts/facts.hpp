// Numbers and dates read from a document's text.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "presslens/document.hpp"

namespace presslens::facts {

// Figures and dates kept per document are capped as names are
// (text::max_mentions). The document's warning that `kind` ("figures",
// "dates") was limited to `kept` mentions, `left_out` more not read; and
// whether a warning is one.
std::string limited_warning(std::string_view kind, std::size_t kept, std::size_t left_out);
bool is_limited_warning(std::string_view warning);

// Cardinals in digits or words ("250,000", "a quarter of a million", "1.5
// million"), with their qualifier ("some", "over", "at least"), percentages,
// money, ordinals ("fifth", "21st") and ages ("four-year-old"). Years and
// spans already taken by `dates` are skipped. `sentences` are the text's
// (text/sentences.hpp): a capitalised number word inside one is a name.
// At most `max` are kept; `left_out`, when given, counts the rest.
std::vector<NumberMention> find_numbers(const std::string& text,
                                        const std::vector<DateMention>& dates,
                                        const std::vector<Span>& sentences,
                                        std::size_t max = SIZE_MAX,
                                        std::size_t* left_out = nullptr);

// Absolute dates (years, months, full dates) and relative ones ("Wednesday",
// "last week", "early next year"), resolved against `anchor` (ISO date of the
// article) when there is one. At most `max` are kept; `left_out`, when
// given, counts the rest.
std::vector<DateMention> find_dates(const std::string& text,
                                    const std::optional<std::string>& anchor,
                                    std::size_t max = SIZE_MAX, std::size_t* left_out = nullptr);

// The value of a number written in words ("twenty-five", "a quarter of a
// million"), for tests and other readers; nullopt when it is not one.
std::optional<double> words_value(const std::string& words);

}  // namespace presslens::facts
