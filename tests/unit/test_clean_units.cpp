// The cleaner on small made-up pages: each detector, and what it must spare.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "fixtures.hpp"
#include "presslens/analyze.hpp"

using namespace presslens;

namespace {

const std::string kParagraph1 =
    "The city council voted on Tuesday to extend the tram line to the northern suburbs, "
    "ending a dispute that had lasted for almost a decade.";
const std::string kParagraph2 =
    "Supporters said the extension would cut commuting times by a third, while critics warned "
    "that the budget, already stretched, would not cover the cost of the new depot.";
const std::string kParagraph3 =
    "Construction is due to start next spring, and the first trams are expected to run in "
    "three years, the mayor told reporters after the vote.";

std::string page(std::vector<std::string> lines) {
  std::string text;
  for (const auto& line : lines) text += line + "\n";
  return text;
}

Batch clean(std::vector<std::pair<std::string, std::string>> files) {
  std::vector<InputFile> inputs;
  for (auto& [name, text] : files) inputs.push_back({name, text, {}});
  return analyze(inputs);
}

const Block& block(const Document& document, std::string_view text) {
  for (const auto& b : document.blocks) {
    if (block_text(document, b) == text) return b;
  }
  FAIL("no block " << text);
  return document.blocks.front();
}

}  // namespace

TEST_CASE("menus around an article go; the article and its headline stay") {
  const auto batch =
      clean({{"a.txt", page({"Home", "World", "Business", "Sport", "Sign in",
                             "Council extends the tram line north", kParagraph1, kParagraph2,
                             kParagraph3, "Privacy Policy", "Terms of Use", "Contact us"})}});
  const Document& d = batch.documents.at(0);
  CHECK(d.title == "Council extends the tram line north");
  CHECK(d.text == kParagraph1 + "\n\n" + kParagraph2 + "\n\n" + kParagraph3);
  CHECK(block(d, "Sign in").reason == "navigation");
  CHECK(block(d, "Privacy Policy").reason == "navigation");
}

TEST_CASE("a short document with no furniture is kept whole") {
  const auto batch =
      clean({{"short.txt", page({"The tram line will be extended.", "Work starts in spring."})}});
  CHECK(batch.documents.at(0).text == "The tram line will be extended.\n\nWork starts in spring.");
}

TEST_CASE("a comment section after the article is removed, however chatty") {
  const auto batch = clean(
      {{"c.txt", page({"Council extends the tram line north", kParagraph1, kParagraph2, kParagraph3,
                       "12 Comments", "tramfan says:", "November 19, 2019 at 6:34 am",
                       "Finally, after all these years of waiting and waiting, "
                       "the council did the right thing for once.",
                       "busrider says:", "November 19, 2019 at 7:02 am",
                       "It will cost twice what they say, mark my words, and "
                       "nobody in the north asked for it anyway."})}});
  const Document& d = batch.documents.at(0);
  CHECK(d.text.ends_with(kParagraph3));
  CHECK_FALSE(block(d, "November 19, 2019 at 6:34 am").kept);
}

TEST_CASE("teasers with dates after the article are not part of it") {
  std::vector<std::string> lines{"Council extends the tram line north", kParagraph1, kParagraph2,
                                 kParagraph3};
  for (int i = 0; i < 3; ++i) {
    lines.push_back("Another story about the city number " + std::to_string(i));
    lines.push_back("Jane Writer");
    lines.push_back("Wednesday November 20, 2019");
    lines.push_back(
        "A long summary of another story follows here, with enough words in it to "
        "look like a paragraph of prose, which is exactly what makes teasers hard.");
  }
  const auto batch = clean({{"t.txt", page(lines)}});
  CHECK(batch.documents.at(0).text.ends_with(kParagraph3));
}

TEST_CASE("headings that name a year are not teasers: the guide under them stays") {
  // Teasers carry a day ("Wednesday November 20, 2019"); a buyer's guide's
  // headings name a model year, and the article goes on under them.
  const std::string last =
      "The folding model is the heaviest of the three, but it fits under a desk, and the "
      "battery lasted a full week of our commutes before it needed a charge.";
  const auto batch =
      clean({{"guide.txt",
              page({"Home", "Reviews", "The best electric bikes of 2026", kParagraph1, kParagraph2,
                    "Our picks for 2026", "Best overall: the Rivet 2026 Pro",
                    "The Rivet rides like an ordinary bicycle until the hills begin, and then its "
                    "motor takes over so gently that most of our testers forgot it was there.",
                    "Best for commuting: the 2026 Lark",
                    "The Lark has lights, mudguards and a rack built in, so it is ready for the "
                    "morning rain, and its gears change smoothly under load.",
                    "Best folding bike: the Pico 2026", last, "Privacy Policy", "Contact us"})}});
  const Document& d = batch.documents.at(0);
  CHECK(d.text.ends_with(last));
  CHECK(block(d, "Best for commuting: the 2026 Lark").kept);
}

TEST_CASE("a results table flattened to one cell per line stays with the article") {
  std::vector<std::string> lines{"Home",
                                 "News",
                                 "Standings after the final race",
                                 "These are the final standings of the season after the last "
                                 "race, with points and wins for every driver.",
                                 "Pos.",
                                 "Driver",
                                 "Points"};
  for (int i = 1; i <= 8; ++i) {
    lines.push_back(std::to_string(i));
    lines.push_back("Driver Name" + std::string(1, static_cast<char>('A' + i)));
    lines.push_back(std::to_string(5000 - i * 7));
  }
  lines.insert(lines.end(), {"About us", "Privacy Policy"});
  const auto batch = clean({{"table.txt", page(lines)}});
  const Document& d = batch.documents.at(0);
  CHECK(d.text.find("\n\n4993\n\n") != std::string::npos);
  CHECK(block(d, "1").kept);
  CHECK_FALSE(block(d, "Privacy Policy").kept);
}

TEST_CASE("repeated list items inside the article stay; a repeated paragraph goes") {
  const auto batch = clean(
      {{"l.txt", page({"Meal plan for the week", kParagraph1, "Breakfast",
                       "Eat within an hour of waking", "Lunch", "Eat every three hours", "Dinner",
                       "Eat every three hours", kParagraph2, kParagraph2, kParagraph3})}});
  const Document& d = batch.documents.at(0);
  std::size_t items = 0;
  std::size_t copies = 0;
  for (const auto& b : d.blocks) {
    items += block_text(d, b) == "Eat every three hours" && b.kept;
    if (block_text(d, b) == kParagraph2 && !b.kept) {
      ++copies;
      CHECK(b.kind == BlockKind::duplicate);
      REQUIRE(b.duplicate_of);
      CHECK(block_text(d, d.blocks[*b.duplicate_of]) == kParagraph2);
    }
  }
  CHECK(items == 2);
  CHECK(copies == 1);
}

TEST_CASE("a line recurring across the batch is furniture; shared wire copy is not") {
  const std::string wire =
      "The agency reported that the talks, which began in the spring, would resume next month "
      "in Geneva with delegations from both sides and observers from the United Nations.";
  // Three different articles (their own paragraphs differ) quoting one wire paragraph.
  const std::vector<std::string> own{kParagraph1, kParagraph2, kParagraph3};
  std::vector<std::pair<std::string, std::string>> files;
  for (int i = 0; i < 3; ++i) {
    files.push_back({"f" + std::to_string(i) + ".txt",
                     page({"Headline number " + std::to_string(i), own[i], wire,
                           "Reporting by the city desk of this newspaper, with more to come on "
                           "story number " +
                               std::to_string(i) + ".",
                           "Get the weekly digest by post"})});
  }
  const auto batch = clean(files);
  for (const auto& d : batch.documents) {
    CAPTURE(d.name);
    CHECK(block(d, wire).kept);
    CHECK(block(d, "Get the weekly digest by post").reason ==
          "recurs in 3 different stories of the batch");
  }
}

TEST_CASE("datelines with an agency, captions with a photo credit") {
  const auto batch = clean({{"d.txt", page({"Council extends the tram line north",
                                            "WASHINGTON (AP) \u2014 " + kParagraph1,
                                            "The mayor at the depot on Monday. Photo by Ann "
                                            "Lee/Getty Images",
                                            kParagraph2, kParagraph3})}});
  const Document& d = batch.documents.at(0);
  CHECK(d.dateline == "WASHINGTON");
  CHECK(d.text.starts_with(kParagraph1));
  const Block& caption =
      block(d, "The mayor at the depot on Monday. Photo by Ann Lee/Getty Images");
  CHECK(caption.kind == BlockKind::caption);
  CHECK(caption.reason == "photo caption");
}

TEST_CASE("cleaning is deterministic across runs and batch order of unrelated files") {
  const auto one = clean({{"a.txt", page({"Home", "Headline here", kParagraph1, kParagraph2})}});
  const auto two = clean({{"a.txt", page({"Home", "Headline here", kParagraph1, kParagraph2})}});
  CHECK(one.documents.at(0).text == two.documents.at(0).text);
}

TEST_CASE("a live blog keeps every time-stamped post") {
  std::vector<std::string> lines{"The Latest: the council votes on the tram line"};
  for (int hour = 7; hour > 3; --hour) {
    lines.push_back(std::to_string(hour) + ":05 p.m.");
    lines.push_back(kParagraph1);
    lines.push_back(kParagraph2);
  }
  const auto batch = clean({{"live.txt", page(lines)}});
  const Document& d = batch.documents.at(0);
  std::size_t paragraphs = 0;
  for (const auto& b : d.blocks) paragraphs += b.kept && b.kind == BlockKind::paragraph;
  CHECK(paragraphs >= 8);
}

TEST_CASE("news about donations is not a donation appeal") {
  const std::string donated =
      "Countries that stand to benefit from the deal donated millions of dollars to the "
      "foundation, the candidate said at a rally on Friday evening.";
  const auto batch =
      clean({{"n.txt",
              page({"Council extends the tram line north", kParagraph1, donated, kParagraph3})}});
  CHECK(block(batch.documents.at(0), donated).kept);
}

TEST_CASE("a record of one short sentence is its own article, dates and all") {
  const auto batch = clean({{"a.txt", "The war began in 2011. Talks resume on Friday.\n"},
                            {"b.txt", "Nobody knows when.\n"}});
  CHECK(batch.documents.at(0).text == "The war began in 2011. Talks resume on Friday.");
  CHECK(batch.documents.at(1).text == "Nobody knows when.");
}

TEST_CASE("'He said:' before a quotation is the article's, not a comment's signature") {
  const auto batch =
      clean({{"q.txt", page({"Council extends the tram line north", kParagraph1, "He said:",
                             "\"We waited ten years for this line, and the north "
                             "will finally be connected to the centre.\"",
                             kParagraph3})}});
  CHECK(block(batch.documents.at(0), "He said:").kept);
}

TEST_CASE("plain text: the headline on the first line is the title, with or without a period") {
  for (const std::string headline :
       {"Council extends the tram line north", "Council extends the tram line north.",
        "Will the council extend the tram line north?"}) {
    CAPTURE(headline);
    const auto batch = clean({{"h.txt", page({headline, kParagraph1, kParagraph2, kParagraph3})}});
    const Document& d = batch.documents.at(0);
    CHECK(d.title == headline);
    CHECK(d.text == kParagraph1 + "\n\n" + kParagraph2 + "\n\n" + kParagraph3);
  }
}

TEST_CASE("plain text: the publication date written in the text, else one in the file name") {
  const auto written =
      clean({{"w.txt", page({"Council extends the tram line north", "Updated : 19 November 2019",
                             kParagraph1, kParagraph2, kParagraph3})}});
  const Document& w = written.documents.at(0);
  CHECK(w.date == "2019-11-19");
  CHECK(w.date_source == DateSource::text);
  CHECK(w.text.find("Updated") == std::string::npos);

  const auto named = clean(
      {{"courier_2016-10-12_tram.txt",
        page({"Council extends the tram line north", kParagraph1, kParagraph2, kParagraph3})}});
  const Document& n = named.documents.at(0);
  CHECK(n.date == "2016-10-12");
  CHECK(n.date_source == DateSource::file_name);

  const auto neither = clean({{"plain.txt", page({"Council extends the tram line north",
                                                  kParagraph1, kParagraph2, kParagraph3})}});
  CHECK_FALSE(neither.documents.at(0).date);
}

TEST_CASE("copies of one story keep their headline and body, however many") {
  std::vector<std::pair<std::string, std::string>> files;
  for (int i = 0; i < 4; ++i) {
    files.push_back(
        {"copy" + std::to_string(i) + ".txt",
         page({"Council extends the tram line north", kParagraph1, kParagraph2, kParagraph3})});
  }
  const auto batch = clean(files);
  for (const auto& d : batch.documents) {
    CAPTURE(d.name);
    CHECK(d.title == "Council extends the tram line north");
    CHECK(d.text == kParagraph1 + "\n\n" + kParagraph2 + "\n\n" + kParagraph3);
  }
}

TEST_CASE("two copies of a one-sentence story are one story, not furniture") {
  // The same four lines in two encodings: one long prose line, shared.
  std::vector<InputFile> files{{"windows-1251.txt", testing::fixture("windows-1251.txt"), {}},
                               {"koi8-r.txt", testing::fixture("koi8-r.txt"), {}}};
  const auto batch = analyze(files);
  const std::string sentence =
      "Министр иностранных дел России Сергей Лавров заявил в среду, что Москва поддержит "
      "переговоры по Сирии.";
  for (const auto& d : batch.documents) {
    CAPTURE(d.name);
    CHECK(d.text == sentence + "\n\n" + sentence);
  }
}
