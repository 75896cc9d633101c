// Numbers and dates read from a document's text.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "presslens/document.hpp"

namespace presslens::facts {

// Cardinals in digits or words ("250,000", "a quarter of a million", "1.5
// million"), with their qualifier ("some", "over", "at least"), percentages,
// money, ordinals ("fifth", "21st") and ages ("four-year-old"). Years and
// spans already taken by `dates` are skipped. `sentences` are the text's
// (text/sentences.hpp): a capitalised number word inside one is a name.
std::vector<NumberMention> find_numbers(const std::string& text,
                                        const std::vector<DateMention>& dates,
                                        const std::vector<Span>& sentences);

// Absolute dates (years, months, full dates) and relative ones ("Wednesday",
// "last week", "early next year"), resolved against `anchor` (ISO date of the
// article) when there is one.
std::vector<DateMention> find_dates(const std::string& text,
                                    const std::optional<std::string>& anchor);

// The value of a number written in words ("twenty-five", "a quarter of a
// million"), for tests and other readers; nullopt when it is not one.
std::optional<double> words_value(const std::string& words);

}  // namespace presslens::facts
