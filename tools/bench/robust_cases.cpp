#include "robust_cases.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>

namespace presslens::bench {
namespace {

namespace fs = std::filesystem;

struct Rng {
  std::uint64_t state;
  std::size_t below(std::size_t n) {
    state += 0x9E3779B97F4A7C15ull;
    std::uint64_t x = state;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return static_cast<std::size_t>((x ^ (x >> 31)) % n);
  }
};

// The sentences of the sample articles (lines of at least eight words, cut
// after ". " before a capital).
const std::vector<std::string>& sentences() {
  static const std::vector<std::string> pool = [] {
    std::vector<std::string> out;
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(fs::path(PRESSLENS_SOURCE_DIR) / "web/samples"))
      if (entry.path().extension() == ".txt") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const auto& path : files) {
      std::ifstream in(path, std::ios::binary);
      std::string line;
      while (std::getline(in, line)) {
        if (std::count(line.begin(), line.end(), ' ') < 7) continue;
        std::size_t start = 0;
        for (std::size_t i = 0; i + 2 < line.size(); ++i) {
          if (line[i] == '.' && line[i + 1] == ' ' && line[i + 2] >= 'A' && line[i + 2] <= 'Z') {
            out.push_back(line.substr(start, i + 1 - start));
            start = i + 2;
          }
        }
        out.push_back(line.substr(start));
      }
    }
    if (out.empty()) out.push_back("Lavrov said the talks would go on in Geneva next week.");
    return out;
  }();
  return pool;
}

// Made-up capitalised words: "Torvicdro", "Belka".
std::string made_up_word(Rng& rng) {
  static constexpr std::array<std::string_view, 16> kSyllables{
      "ka",  "lo",  "mi",  "ra",  "ven", "tor", "bel", "san",
      "dro", "vic", "mar", "tin", "ho",  "lu",  "pe",  "zan"};
  std::string word;
  const std::size_t n = 2 + rng.below(2);
  for (std::size_t i = 0; i < n; ++i) word += kSyllables[rng.below(kSyllables.size())];
  word[0] = static_cast<char>(word[0] - 'a' + 'A');
  return word;
}

constexpr std::array<std::string_view, 12> kGivenNames{"John", "Maria", "Sergei", "Walid",
                                                       "Anna", "Peter", "Ahmed",  "Li",
                                                       "Olga", "James", "Fatima", "Pierre"};

// Repeats `piece(rng)` until `bytes`, then cuts to exactly `bytes` (at a
// character boundary: every piece is ASCII unless said otherwise).
template <class Piece>
std::string repeat(std::size_t bytes, std::uint64_t seed, Piece piece) {
  Rng rng{seed};
  std::string out;
  out.reserve(bytes + 64);
  while (out.size() < bytes) out += piece(rng);
  out.resize(bytes);
  return out;
}

CaseInput names_run(std::size_t bytes) {
  return {"names.txt", repeat(bytes, 1, [](Rng& rng) {
            return std::string(kGivenNames[rng.below(kGivenNames.size())]) + " " +
                   made_up_word(rng) + ", ";
          })};
}

CaseInput caps_run(std::size_t bytes) {
  return {"caps.txt", repeat(bytes, 2, [](Rng& rng) { return made_up_word(rng) + " "; })};
}

CaseInput json_numbers(std::size_t bytes) {
  std::string out = "[";
  while (out.size() + 3 < bytes) out += "1,";
  out += "1]";
  return {"numbers.json", std::move(out)};
}

CaseInput quote_pairs(std::size_t bytes) {
  return {"quotes.txt", repeat(bytes, 3, [](Rng&) { return std::string("\"x\" "); })};
}

CaseInput one_line(std::size_t bytes) {
  std::string text = article_text(bytes + 4096, 4);
  std::replace(text.begin(), text.end(), '\n', ' ');
  // Cut at a space so that no UTF-8 sequence is split.
  text.resize(text.rfind(' ', bytes) == std::string::npos ? bytes : text.rfind(' ', bytes));
  return {"one-line.txt", std::move(text)};
}

CaseInput short_lines(std::size_t bytes) {
  static constexpr std::array<std::string_view, 8> kWords{"Tom",  "Lavrov", "Kerry", "Moscow",
                                                          "Iran", "Assad",  "UN",    "Paris"};
  return {"short-lines.txt",
          repeat(bytes, 5, [](Rng& rng) { return std::string(kWords[rng.below(8)]) + "\n"; })};
}

CaseInput big_article(std::size_t bytes) {
  return {"big.txt", article_text(bytes, 6)};
}

CaseInput many_records(std::size_t bytes) {
  std::size_t n = 0;
  return {"records.jsonl", repeat(bytes, 7, [&n](Rng& rng) {
            return "{\"title\":\"R" + std::to_string(++n) + "\",\"text\":\"" +
                   std::string(kGivenNames[rng.below(kGivenNames.size())]) + " " +
                   made_up_word(rng) + " said so.\"}\n";
          })};
}

CaseInput deep_json(std::size_t bytes) {
  std::string out(bytes / 2, '[');
  out.append(bytes / 2, ']');
  return {"deep.json", std::move(out)};
}

CaseInput long_word(std::size_t bytes) {
  return {"long-word.txt", repeat(bytes, 8, [](Rng& rng) { return made_up_word(rng); })};
}

CaseInput quote_storm(std::size_t bytes) {
  static constexpr std::array<std::string_view, 9> kMarks{
      "\"", "\u201c", "\u201d", "'", "\u2018", "\u2019", "\u00ab", "\u00bb", " "};
  std::string out;
  Rng rng{9};
  while (out.size() + 8 < bytes) {
    out += kMarks[rng.below(kMarks.size())];
    if (rng.below(4) == 0) out += "said Tom";
  }
  return {"quote-storm.txt", std::move(out)};
}

CaseInput said_storm(std::size_t bytes) {
  return {"said.txt", repeat(bytes, 10, [](Rng& rng) {
            return rng.below(3) == 0 ? std::string("\"We will,\" he said. ")
                                     : std::string(kGivenNames[rng.below(12)]) + " said. ";
          })};
}

// One sentence (no full stop) of names and "he said": every pronoun looks
// back over its sentence's people (attribution/speakers.cpp).
CaseInput pronoun_run(std::size_t bytes) {
  return {"pronouns.txt", repeat(bytes, 16, [](Rng& rng) {
            return std::string(kGivenNames[rng.below(12)]) + " Smith told " +
                   std::string(kGivenNames[rng.below(12)]) + " Jones that \"we will,\" he said, ";
          })};
}

CaseInput number_storm(std::size_t bytes) {
  static constexpr std::array<std::string_view, 10> kWords{
      "one",  "two",     "hundred", "thousand", "a quarter of a million",
      "12.5", "percent", "$4",      "million",  "five-year-old"};
  return {"numbers.txt",
          repeat(bytes, 11, [](Rng& rng) { return std::string(kWords[rng.below(10)]) + " "; })};
}

CaseInput date_storm(std::size_t bytes) {
  static constexpr std::array<std::string_view, 8> kWords{
      "last week", "on Monday", "12 March 2015",    "early next year",
      "in 2016",   "Tuesday",   "later this month", "since 2011"};
  return {"dates.txt",
          repeat(bytes, 12, [](Rng& rng) { return std::string(kWords[rng.below(8)]) + " "; })};
}

CaseInput acronym_storm(std::size_t bytes) {
  return {"acronyms.txt", repeat(bytes, 13, [](Rng& rng) {
            std::string name, letters;
            for (int i = 0; i < 3; ++i) {
              const std::string w = made_up_word(rng);
              letters += w[0];
              name += (i ? " " : "") + w;
            }
            return "The " + name + " (" + letters + ") met the " + letters + ". ";
          })};
}

CaseInput surname_storm(std::size_t bytes) {
  return {"surnames.txt", repeat(bytes, 14, [](Rng& rng) {
            return made_up_word(rng) + " Smith said on Monday. Smith agreed. ";
          })};
}

CaseInput repeated_paragraph(std::size_t bytes) {
  const std::string paragraph = sentences().front();
  return {"repeated.txt", repeat(bytes, 15, [&](Rng&) { return paragraph + "\n"; })};
}

CaseInput unicode_storm(std::size_t bytes) {
  // Combining marks, bidi controls, zero-width joiners, CJK and emoji.
  static constexpr std::array<std::string_view, 10> kPieces{"e\u0301\u0301\u0301",
                                                            "\u202eTom\u202c",
                                                            "\u200dAnna\u200d",
                                                            "\u5317\u4eac",
                                                            "\U0001F600",
                                                            "\u0627\u0644\u0623\u0633\u062f",
                                                            " ",
                                                            "\n",
                                                            "Lavrov ",
                                                            "\uFEFF"};
  std::string out;
  Rng rng{16};
  while (out.size() + 16 < bytes) out += kPieces[rng.below(kPieces.size())];
  return {"unicode.txt", std::move(out)};
}

// Web pages (issue 15): an article page grown to `bytes`; the same cut off
// mid-tag; divs nested as deep as the size allows; binary junk named .html.
std::string page_paragraphs(std::size_t bytes, std::size_t seed) {
  std::string body;
  Rng rng{seed};
  const auto& pool = sentences();
  while (body.size() < bytes) {
    body += "<p>";
    for (int i = 0; i < 3; ++i) body += pool[rng.below(pool.size())] + " ";
    body += "</p>\n";
    if (rng.below(8) == 0) body += "<div class=\"related\"><a href=\"/x\">Read more</a></div>\n";
  }
  return body;
}

CaseInput html_page(std::size_t bytes) {
  std::string out =
      "<!DOCTYPE html><html><head><title>Talks in Geneva | Example News</title>"
      "<style>p { margin: 0 }</style></head><body><nav><a href=\"/\">Home</a></nav>"
      "<article><h1>Talks in Geneva</h1>";
  out += page_paragraphs(bytes, 17);
  out += "</article><footer>Privacy Policy</footer></body></html>";
  return {"page.html", std::move(out)};
}

CaseInput html_truncated(std::size_t bytes) {
  CaseInput page = html_page(bytes);
  page.bytes.resize(bytes);  // mid-paragraph or mid-tag, no closing tags
  page.file_name = "truncated.html";
  return page;
}

CaseInput html_nested(std::size_t bytes) {
  const std::size_t depth = bytes / 12;
  std::string out = "<html><body>";
  for (std::size_t i = 0; i < depth; ++i) out += "<div>";
  out += "<p>The one paragraph at the bottom of the page.</p>";
  for (std::size_t i = 0; i < depth; ++i) out += "</div>";
  return {"nested.html", std::move(out)};
}

CaseInput html_junk(std::size_t bytes) {
  std::string out;
  out.reserve(bytes);
  Rng rng{18};
  while (out.size() < bytes) out.push_back(static_cast<char>(rng.below(256)));
  return {"junk.html", std::move(out)};
}

}  // namespace

std::string article_text(std::size_t bytes, std::size_t seed) {
  const auto& pool = sentences();
  Rng rng{seed};
  std::string out;
  out.reserve(bytes + 1024);
  while (out.size() < bytes) {
    const std::size_t n = 2 + rng.below(4);
    for (std::size_t i = 0; i < n; ++i) out += (i ? " " : "") + pool[rng.below(pool.size())];
    out += "\n\n";
  }
  // Cut after the last whole paragraph that fits, or at a space.
  const auto end = out.rfind("\n\n", bytes);
  out.resize(end != std::string::npos && end > bytes / 2 ? end : out.rfind(' ', bytes));
  return out;
}

const std::vector<GeneratedCase>& generated_cases() {
  constexpr std::size_t KB = 1024, MB = 1024 * 1024;
  static const std::vector<GeneratedCase> cases{
      {"names-run", "capitalised names, commas, no full stop", 73 * KB, 146 * KB, names_run},
      {"caps-run", "one run of capitalised made-up words", 1 * MB, 2 * MB, caps_run},
      {"json-numbers", "a JSON array [1,1,...]", 1 * MB, 2 * MB, json_numbers},
      {"quote-pairs", "\"x\" repeated (attribution)", 10 * KB, 20 * KB, quote_pairs},
      {"one-line", "article text on one line", 1 * MB, 2 * MB, one_line},
      {"short-lines", "short lines of names, one per line", 350 * KB, 700 * KB, short_lines},
      {"many-records", "a .jsonl of tiny records", 1 * MB, 2 * MB, many_records},
      {"deep-json", "[[[...]]] nested a million deep", 1 * MB, 2 * MB, deep_json},
      {"long-word", "one word with no space", 1 * MB, 2 * MB, long_word},
      {"quote-storm", "unpaired quote marks of every kind", 1 * MB, 2 * MB, quote_storm},
      {"said-storm", "\"X said.\" sentences", 1 * MB, 2 * MB, said_storm},
      {"pronoun-run", "names and \"he said\", no full stop", 256 * KB, 512 * KB, pronoun_run},
      {"number-storm", "number words and figures", 1 * MB, 2 * MB, number_storm},
      {"date-storm", "dates, relative and absolute", 1 * MB, 2 * MB, date_storm},
      {"acronym-storm", "names with acronyms defined", 1 * MB, 2 * MB, acronym_storm},
      {"surname-storm", "one surname, many given names", 1 * MB, 2 * MB, surname_storm},
      {"repeated-paragraph", "one paragraph repeated", 1 * MB, 2 * MB, repeated_paragraph},
      {"unicode-storm", "combining marks, bidi, CJK, emoji", 1 * MB, 2 * MB, unicode_storm},
      {"big-article", "article text, recombined sentences", 30 * MB, 60 * MB, big_article},
      {"html-page", "a web page, paragraphs and links", 25 * MB, 50 * MB, html_page},
      {"html-truncated", "a web page cut off mid-tag", 1 * MB, 2 * MB, html_truncated},
      {"html-nested", "divs nested 100,000 deep and more", 1200 * KB, 2400 * KB, html_nested},
      {"html-junk", "binary junk named .html", 1 * MB, 2 * MB, html_junk},
  };
  return cases;
}

}  // namespace presslens::bench
