// A page's title and date candidates: how dates are written on pages, where
// a date line may be, and how a declared title is cut from its site name.
#include <doctest/doctest.h>

#include <algorithm>
#include <span>
#include <string>
#include <vector>

#include "html/choose.hpp"
#include "html/extract.hpp"
#include "html/metadata.hpp"
#include "html/parse.hpp"
#include "input/records.hpp"

using namespace presslens;

namespace {

bool has_date(const html::PageMetadata& meta, std::string_view iso, html::MetaSource source) {
  return std::any_of(meta.dates.begin(), meta.dates.end(), [&](const html::Candidate& c) {
    return c.value == iso && c.source == source;
  });
}

bool has_title_option(const std::string& page, std::string_view title) {
  const auto a = html::analyse_page(page);
  const auto options = html::title_options(a.meta, {});
  return std::any_of(options.begin(), options.end(),
                     [&](const html::Option& o) { return o.value == title; });
}

std::string page_with(const std::string& head, const std::string& body) {
  return "<!DOCTYPE html><html><head>" + head + "</head><body>" + body + "</body></html>";
}

std::string paragraphs(int n) {
  std::string out;
  for (int i = 0; i < n; ++i) {
    out += "<p>Paragraph " + std::to_string(i) +
           " of the story tells the reader something more about the council and its plans.</p>";
  }
  return out;
}

}  // namespace

TEST_CASE("dates as pages write them: ordinals, day.month.year, and unambiguous day/month orders") {
  using input::written_date;
  CHECK(written_date("September 1st, 2023") == "2023-09-01");
  CHECK(written_date("3rd March 2024") == "2024-03-03");
  CHECK(written_date("12.12.2025") == "2025-12-12");
  CHECK(written_date("17.05.2021") == "2021-05-17");
  CHECK(written_date("Updated: 10/31/2024") == "2024-10-31");
  CHECK(written_date("Posted on the 15/12/2025 at 19:00") == "2025-12-15");
  CHECK(written_date("2/24/2026") == "2026-02-24");
  CHECK(written_date("03/04/2025") == std::nullopt);  // March 4 or 3 April: not guessed
  CHECK(written_date("Published: 2025.12.17 | essays") == "2025-12-17");
  CHECK(written_date("Page 3 of 10, 2024") == std::nullopt);
  // What iso_date reads is read alike; iso_date itself is unchanged.
  CHECK(written_date("Tue, 17 Nov 2015 09:00:00 GMT") == "2015-11-17");
  CHECK(input::iso_date("12.12.2025") == std::nullopt);
}

TEST_CASE("a date line is a candidate wherever it is, not only near the top of the page") {
  std::string menu;
  for (int i = 0; i < 80; ++i)
    menu += "<li><a href=\"/s" + std::to_string(i) + "\">Section</a></li>";
  const auto a = html::analyse_page(
      page_with("<title>Council plans</title>",
                "<ul>" + menu + "</ul><h1>Council plans</h1><article>" + paragraphs(4) +
                    "<p>12.12.2025</p><p>September 1st, 2023 By Emily Norwood</p></article>"));
  CHECK(has_date(a.meta, "2025-12-12", html::MetaSource::byline));
  CHECK(has_date(a.meta, "2023-09-01", html::MetaSource::byline));
}

TEST_CASE("meta tags named for a publication or modification date are read") {
  const auto a = html::analyse_page(
      page_with("<meta name=\"w-published-date\" content=\"2025-05-27T06:03:43.274Z\">"
                "<meta name=\"x-last-updated\" content=\"2025-06-01\">",
                paragraphs(2)));
  CHECK(has_date(a.meta, "2025-05-27", html::MetaSource::meta_name));
  const bool modified =
      std::any_of(a.meta.dates.begin(), a.meta.dates.end(),
                  [](const html::Candidate& c) { return c.value == "2025-06-01" && c.modified; });
  CHECK(modified);
}

TEST_CASE("a declared title is cut at a no-break space separator, and at its first separator") {
  CHECK(has_title_option(
      page_with("<title>Learn web development&nbsp;|&nbsp;web.dev</title>", paragraphs(2)),
      "Learn web development"));
  CHECK(has_title_option(
      page_with("<title>Gym Workouts for Beginners &mdash; Strength Training - Gold's Gym</title>",
                paragraphs(2)),
      "Gym Workouts for Beginners"));
}

namespace {

bool has_feature(const html::Option& option, std::span<const std::string_view> names,
                 std::string_view name) {
  return std::any_of(option.features.begin(), option.features.end(),
                     [&](learn::FeatureIndex f) { return names[f] == name; });
}

const html::Option* option_of(const std::vector<html::Option>& options, std::string_view value) {
  for (const auto& o : options) {
    if (o.value == value) return &o;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("a heading that is a link (a site's logo) is told from the article's heading") {
  const auto a = html::analyse_page(
      page_with("<title>Council plans</title>",
                "<header><h1><a href=\"/\">The Courier</a></h1></header><h1>Council plans</h1>" +
                    paragraphs(2)));
  const auto options = html::title_options(a.meta, {});
  const auto* logo = option_of(options, "The Courier");
  const auto* headline = option_of(options, "Council plans");
  REQUIRE(logo);
  REQUIRE(headline);
  CHECK(has_feature(*logo, html::title_feature_names(), "h1 is a link"));
  CHECK_FALSE(has_feature(*headline, html::title_feature_names(), "h1 is a link"));
}

TEST_CASE("a headline and a date line just before the article text are told from earlier ones") {
  const auto a = html::analyse_page(page_with(
      "<title>Council plans</title>",
      "<h1>The Courier</h1><p>June 2, 2025</p><p>Menu one</p><p>Menu two</p><p>Menu three</p>"
      "<p>Menu four</p><p>Menu five</p><h1>Council plans</h1><p>June 3, 2025</p>" +
          paragraphs(3)));
  // The article: the paragraphs after the second date line.
  std::vector<std::int32_t> scores(a.blocks.size(), -1);
  for (std::size_t i = 0; i < a.texts.size(); ++i) {
    if (a.texts[i].starts_with("Paragraph")) scores[i] = 1;
  }
  const auto span = html::article_span(a, scores);
  const auto titles = html::title_options(a.meta, span);
  const auto dates = html::date_options(a.meta, span);
  const auto title_names = html::title_feature_names();
  const auto date_names = html::date_feature_names();
  REQUIRE(option_of(titles, "Council plans"));
  REQUIRE(option_of(titles, "The Courier"));
  CHECK(has_feature(*option_of(titles, "Council plans"), title_names,
                    "h1 just before the article text"));
  CHECK_FALSE(has_feature(*option_of(titles, "The Courier"), title_names,
                          "h1 just before the article text"));
  REQUIRE(option_of(dates, "2025-06-03"));
  REQUIRE(option_of(dates, "2025-06-02"));
  CHECK(has_feature(*option_of(dates, "2025-06-03"), date_names, "just before the article text"));
  CHECK_FALSE(
      has_feature(*option_of(dates, "2025-06-02"), date_names, "just before the article text"));
}

TEST_CASE("a title is the site's name when it is the address's name, not when it merely holds it") {
  // web.dev: "web" is the address's name; "Learn web development" holds the
  // word but is the article's title, and "web.dev" is the site's name.
  const auto a =
      html::analyse_page(page_with("<title>Learn web development | web.dev</title>"
                                   "<link rel=\"canonical\" href=\"https://web.dev/learn\">",
                                   "<h1>Learn web development</h1>" + paragraphs(2)));
  const auto options = html::title_options(a.meta, {});
  const auto* title = option_of(options, "Learn web development");
  REQUIRE(title);
  CHECK_FALSE(has_feature(*title, html::title_feature_names(), "is the site name"));
  const auto b =
      html::analyse_page(page_with("<title>Council plans - BBC News</title>"
                                   "<link rel=\"canonical\" href=\"https://www.bbc.co.uk/news/1\">",
                                   paragraphs(2)));
  const auto others = html::title_options(b.meta, {});
  const auto* cut = option_of(others, "Council plans");
  REQUIRE(cut);
  CHECK(has_feature(*cut, html::title_feature_names(), "cut the site name"));
}

TEST_CASE("a title whose words are the address's is told from a heading that words it otherwise") {
  // The declared title and the <h1> word one headline two ways; the
  // address's last part spells one of them.
  const std::string head =
      "<title>Form your New York LLC today | Acme Filings</title>"
      "<meta property=\"og:title\" content=\"Form your New York LLC today\">"
      "<link rel=\"canonical\" href=\"https://acmefilings.com/guides/";
  const std::string body = "<h1>How to Start an LLC in New York</h1>" + paragraphs(3);
  const auto a = html::analyse_page(page_with(head + "how-to-start-an-llc-in-new-york/\">", body));
  const auto options = html::title_options(a.meta, {});
  const auto names = html::title_feature_names();
  const auto* h1 = option_of(options, "How to Start an LLC in New York");
  const auto* declared = option_of(options, "Form your New York LLC today");
  REQUIRE(h1);
  REQUIRE(declared);
  CHECK(has_feature(*h1, names, "most words in the address"));
  CHECK(has_feature(*h1, names, "the most words in the address"));
  CHECK(has_feature(*declared, names, "some words in the address"));
  CHECK_FALSE(has_feature(*declared, names, "the most words in the address"));
  // The same page with the declared title's words in its address: the
  // fitted model leans the other way.
  const auto c = html::analyse_page(page_with(head + "form-your-new-york-llc-today/\">", body));
  const auto others = html::title_options(c.meta, {});
  REQUIRE(option_of(others, "How to Start an LLC in New York"));
  REQUIRE(option_of(others, "Form your New York LLC today"));
  const auto& model = html::title_model();
  const auto margin = [&](const std::vector<html::Option>& o) {
    return model.score(option_of(o, "How to Start an LLC in New York")->features) -
           model.score(option_of(o, "Form your New York LLC today")->features);
  };
  CHECK(margin(options) > margin(others));
  // An address that ends in a number tells nothing.
  const auto b = html::analyse_page(page_with(head + "4417\">", body));
  for (const auto& o : html::title_options(b.meta, {})) {
    CHECK_FALSE(has_feature(o, names, "most words in the address"));
    CHECK_FALSE(has_feature(o, names, "few words in the address"));
  }
}

TEST_CASE("an element's text parts words at line breaks and blocks, not at inline tags") {
  const auto h1_text = [](std::string_view markup) {
    const auto page = html::parse_html(markup);
    return page.dom.text_content(page.dom.find_first(html::Tag::h1));
  };
  // A headline set on three lines (WCXB page 0378's "<h1>WEEKEND<br>CODING<br> AGENT</h1>").
  CHECK(h1_text("<h1>WEEKEND<br>CODING<br> <span>AGENT</span></h1>") == "WEEKEND CODING AGENT");
  CHECK(h1_text("<h1><div>Part one</div>Part two<p>three</p>four</h1>") ==
        "Part one Part two three four");
  CHECK(h1_text("<h1>Don<b>ald</b> <i>Trump</i><hr></h1>") == "Donald Trump");
  CHECK(h1_text("<h1> <br> Title <br> </h1>") == "Title");
  // And the page's title options read it so.
  const auto page = html::parse_html(
      "<html><head><title>Weekend Coding Agent | Labs</title></head><body><h1>WEEKEND<br>"
      "CODING<br>AGENT</h1><p>Text.</p></body></html>");
  const auto meta = html::read_metadata(page.dom);
  CHECK(std::any_of(meta.titles.begin(), meta.titles.end(),
                    [](const auto& t) { return t.value == "WEEKEND CODING AGENT"; }));
}
