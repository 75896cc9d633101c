#include <doctest/doctest.h>

#include <algorithm>

#include "facts/calendar.hpp"
#include "facts/facts.hpp"
#include "facts/number_words.hpp"
#include "fixtures.hpp"
#include "presslens/analyze.hpp"
#include "text/sentences.hpp"

using namespace presslens;
using namespace presslens::facts;

namespace {

const NumberMention* number_with_text(const std::vector<NumberMention>& numbers,
                                      const std::string& text) {
  const auto it = std::find_if(numbers.begin(), numbers.end(),
                               [&](const NumberMention& n) { return n.text == text; });
  return it == numbers.end() ? nullptr : &*it;
}

const DateMention* date_with_text(const std::vector<DateMention>& dates, const std::string& text) {
  const auto it = std::find_if(dates.begin(), dates.end(),
                               [&](const DateMention& d) { return d.text == text; });
  return it == dates.end() ? nullptr : &*it;
}

}  // namespace

TEST_CASE("numbers in words") {
  CHECK(words_value("a quarter of a million") == 250000);
  CHECK(words_value("half a million") == 500000);
  CHECK(words_value("three quarters of a million") == 750000);
  CHECK(words_value("two hundred and fifty thousand") == 250000);
  CHECK(words_value("twenty-five") == 25);
  CHECK(words_value("a dozen") == 12);
  CHECK(words_value("a million") == 1000000);
  CHECK(words_value("seven") == 7);
  CHECK(words_value("several") == std::nullopt);
}

TEST_CASE("numbers with qualifiers, percentages, money, ordinals and ages") {
  const std::string text =
      "The war has killed some 250,000 and over 200 people died. At least 10 outlets closed. "
      "Support starts at $2 and 1.5 million voted; turnout was 64.5 percent. "
      "Now in its fifth year, the four-year-old civil war and a list of 38 names.";
  const auto numbers = find_numbers(text, {}, text::split_sentences(text));
  const auto* some = number_with_text(numbers, "some 250,000");
  REQUIRE(some);
  CHECK(some->value == 250000);
  CHECK(some->qualifier == Qualifier::approximately);
  const auto* over = number_with_text(numbers, "over 200");
  REQUIRE(over);
  CHECK(over->qualifier == Qualifier::more_than);
  const auto* least = number_with_text(numbers, "At least 10");
  REQUIRE(least);
  CHECK(least->qualifier == Qualifier::at_least);
  CHECK(least->value == 10);
  const auto* money = number_with_text(numbers, "$2");
  REQUIRE(money);
  CHECK(money->kind == NumberKind::money);
  CHECK(money->unit == "USD");
  const auto* million = number_with_text(numbers, "1.5 million");
  REQUIRE(million);
  CHECK(million->value == 1500000);
  const auto* percent = number_with_text(numbers, "64.5 percent");
  REQUIRE(percent);
  CHECK(percent->kind == NumberKind::percent);
  const auto* fifth = number_with_text(numbers, "fifth");
  REQUIRE(fifth);
  CHECK(fifth->kind == NumberKind::ordinal);
  CHECK(fifth->value == 5);
  const auto* age = number_with_text(numbers, "four-year-old");
  REQUIRE(age);
  CHECK(age->kind == NumberKind::age);
  CHECK(age->unit == "year");
  CHECK(age->value == 4);
  CHECK(number_with_text(numbers, "38"));
}

TEST_CASE("number words: every cardinal and ordinal, 'twenty-first', and words that are none") {
  using presslens::facts::ordinal_word;
  using presslens::facts::unit_or_ten;
  const char* cardinals[] = {"zero",    "one",     "two",       "three",    "four",
                             "five",    "six",     "seven",     "eight",    "nine",
                             "ten",     "eleven",  "twelve",    "thirteen", "fourteen",
                             "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
  for (int n = 0; n < 20; ++n) CHECK(unit_or_ten(cardinals[n]) == n);
  const char* tens[] = {"twenty", "thirty",  "forty",  "fifty",
                        "sixty",  "seventy", "eighty", "ninety"};
  for (int k = 0; k < 8; ++k) CHECK(unit_or_ten(tens[k]) == 20 + 10 * k);
  const char* ordinals[] = {"first",     "second",      "third",      "fourth",     "fifth",
                            "sixth",     "seventh",     "eighth",     "ninth",      "tenth",
                            "eleventh",  "twelfth",     "thirteenth", "fourteenth", "fifteenth",
                            "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"};
  for (int n = 0; n < 20; ++n) CHECK(ordinal_word(ordinals[n]) == n + 1);
  CHECK(ordinal_word("ninetieth") == 90);
  CHECK(ordinal_word("twenty-first") == 21);
  CHECK(ordinal_word("forty-fifth") == 45);
  CHECK(ordinal_word("ninety-ninth") == 99);
  for (const char* none : {"", "First", "twenty-", "-first", "eleven-first", "twenty-tenth",
                           "firsts", "fir", "one", "xfirst", "9th", "zeroth"}) {
    CAPTURE(none);
    CHECK_FALSE(ordinal_word(none).has_value());
  }
  for (const char* none : {"", "One", "tens", "on", "nineteens", "twenty-one", "zer0", "1"}) {
    CAPTURE(none);
    CHECK_FALSE(unit_or_ten(none).has_value());
  }
}

TEST_CASE("names and pronouns are not numbers") {
  const std::string text = "Lavrov told France-24 that one of them met the Group of Seven.";
  const auto numbers = find_numbers(text, {}, text::split_sentences(text));
  CHECK(numbers.empty());
}

TEST_CASE("fractions in words: five-and-a-half is 5.5") {
  CHECK(words_value("five-and-a-half") == 5.5);
  CHECK(words_value("five and a half") == 5.5);
  CHECK(words_value("one-and-a-quarter") == 1.25);
  CHECK(words_value("two and a half million") == 2500000);
  const std::string kServed = "He served five-and-a-half years and two and a half days.";
  const auto numbers = find_numbers(kServed, {}, text::split_sentences(kServed));
  const auto* years = number_with_text(numbers, "five-and-a-half");
  REQUIRE(years);
  CHECK(years->value == 5.5);
  CHECK(years->unit.empty());
  const auto* days = number_with_text(numbers, "two and a half");
  REQUIRE(days);
  CHECK(days->value == 2.5);
}

TEST_CASE("a number with -plus is at least that number") {
  const std::string kPaid = "He paid no tax for 15-plus years.";
  const auto numbers = find_numbers(kPaid, {}, text::split_sentences(kPaid));
  const auto* years = number_with_text(numbers, "15-plus");
  REQUIRE(years);
  CHECK(years->value == 15);
  CHECK(years->qualifier == Qualifier::at_least);
  CHECK(years->unit.empty());
}

TEST_CASE("years and identifiers are not amounts") {
  const std::string text =
      "The 2025 bond was sold. Trump's 1995 state income tax filings leaked. They drove Route 66 "
      "to Flight 370's gate and read Article 5, the No. 1 priority. It cost $2025 and 1,995 "
      "people came; 2000 percent more.";
  const auto numbers =
      find_numbers(text, find_dates(text, std::nullopt), text::split_sentences(text));
  for (const auto* t : {"2025", "1995", "66", "370", "5", "1"}) {
    CAPTURE(t);
    CHECK_FALSE(number_with_text(numbers, t));
  }
  CHECK(number_with_text(numbers, "$2025"));
  CHECK(number_with_text(numbers, "1,995"));
  CHECK(number_with_text(numbers, "2000 percent"));
}

TEST_CASE("clock times are times, not numbers") {
  const std::string text =
      "At 09:01 the polls opened. ___. 6:05 p.m. Trump spoke. By 10 a.m. and 4:30pm EDT it ended.";
  const auto dates = find_dates(text, std::nullopt);
  const auto numbers = find_numbers(text, dates, text::split_sentences(text));
  const auto* opened = date_with_text(dates, "09:01");
  REQUIRE(opened);
  CHECK(opened->value == "T09:01");
  const auto* spoke = date_with_text(dates, "6:05 p.m.");
  REQUIRE(spoke);
  CHECK(spoke->value == "T18:05");
  const auto* ten = date_with_text(dates, "10 a.m.");
  REQUIRE(ten);
  CHECK(ten->value == "T10:00");
  const auto* half = date_with_text(dates, "4:30pm");
  REQUIRE(half);
  CHECK(half->value == "T16:30");
  CHECK(numbers.empty());
  // With the article's date the time is on that day.
  const auto anchored = find_dates("6:05 p.m. Trump spoke.", std::string("2016-10-20"));
  REQUIRE(anchored.size() == 1);
  CHECK(anchored[0].value == "2016-10-20T18:05");
  CHECK(anchored[0].resolved);
}

TEST_CASE("the seeds' figures are read") {
  const Batch batch = analyze(testing::seed_files());
  const auto* quarter = number_with_text(batch.documents[0].numbers, "a quarter of a million");
  REQUIRE(quarter);
  CHECK(quarter->value == 250000);
  const auto* fifth = number_with_text(batch.documents[0].numbers, "fifth");
  REQUIRE(fifth);
  CHECK(fifth->value == 5);
  CHECK(number_with_text(batch.documents[2].numbers, "fourth"));
  const auto* some = number_with_text(batch.documents[4].numbers, "some 250,000");
  REQUIRE(some);
  CHECK(some->qualifier == Qualifier::approximately);
  CHECK(number_with_text(batch.documents[4].numbers, "over 200"));
  CHECK(number_with_text(batch.documents[4].numbers, "four-year-old"));
  // Years are dates, not numbers.
  CHECK_FALSE(number_with_text(batch.documents[1].numbers, "2011"));
}

TEST_CASE("calendar arithmetic") {
  CHECK(days_from_civil({1970, 1, 1}) == 0);
  CHECK(iso_day(civil_from_days(days_from_civil({2016, 2, 28}) + 1)) == "2016-02-29");
  CHECK(weekday(days_from_civil({2015, 9, 16})) == 3);  // a Wednesday
  CHECK(iso_week(days_from_civil({2015, 9, 16})) == "2015-W38");
  CHECK(iso_week(days_from_civil({2016, 1, 1})) == "2015-W53");
}

TEST_CASE("relative dates stay relative without an article date") {
  const std::string text =
      "A source said Wednesday the talks could start early next year, later this month or last "
      "week.";
  const auto dates = find_dates(text, std::nullopt);
  const auto* wednesday = date_with_text(dates, "Wednesday");
  REQUIRE(wednesday);
  CHECK(wednesday->value == "XXXX-WXX-3");
  CHECK_FALSE(wednesday->resolved);
  const auto* next_year = date_with_text(dates, "early next year");
  REQUIRE(next_year);
  CHECK(next_year->value == "DCT+P1Y");
  CHECK(next_year->modifier == DateModifier::early);
  const auto* month = date_with_text(dates, "later this month");
  REQUIRE(month);
  CHECK(month->value == "DCT+P0M");
  CHECK(date_with_text(dates, "last week"));
}

TEST_CASE("relative dates resolve against the article date") {
  const std::string text =
      "A source said Wednesday the talks could start early next year, later this month or last "
      "week, and the deal takes effect midnight Friday. In February talks collapsed; in November "
      "they resumed. On September 16, 2015 and 2 March 2014 and in 2011.";
  const auto dates = find_dates(text, std::string("2015-09-17"));  // a Thursday
  CHECK(date_with_text(dates, "Wednesday")->value == "2015-09-16");
  CHECK(date_with_text(dates, "early next year")->value == "2016");
  CHECK(date_with_text(dates, "later this month")->value == "2015-09");
  CHECK(date_with_text(dates, "last week")->value == "2015-W37");
  CHECK(date_with_text(dates, "Friday")->value == "2015-09-11");
  CHECK(date_with_text(dates, "February")->value == "2015-02");
  CHECK(date_with_text(dates, "November")->value == "2014-11");
  CHECK(date_with_text(dates, "September 16, 2015")->value == "2015-09-16");
  CHECK(date_with_text(dates, "2 March 2014")->value == "2014-03-02");
  CHECK(date_with_text(dates, "2011")->value == "2011");
}

TEST_CASE("the seeds' dates") {
  const Batch batch = analyze(testing::seed_files());
  CHECK(date_with_text(batch.documents[0].dates, "Wednesday"));
  CHECK(date_with_text(batch.documents[0].dates, "later this month"));
  CHECK(date_with_text(batch.documents[0].dates, "last week"));
  CHECK(date_with_text(batch.documents[1].dates, "early next year"));
  CHECK(date_with_text(batch.documents[1].dates, "February"));
  CHECK(date_with_text(batch.documents[1].dates, "2011"));
  CHECK(date_with_text(batch.documents[3].dates, "midnight Friday") == nullptr);
  CHECK(date_with_text(batch.documents[3].dates, "Friday"));
  CHECK(date_with_text(batch.documents[4].dates, "the weekend"));
  CHECK(date_with_text(batch.documents[4].dates, "January"));
  // "may" the verb is not a month.
  CHECK(std::none_of(batch.documents[0].dates.begin(), batch.documents[0].dates.end(),
                     [](const DateMention& d) { return d.text == "may"; }));
}
