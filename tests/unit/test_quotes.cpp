// Quotes and their speakers on the seed articles (docs/attribution.md).
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "fixtures.hpp"
#include "presslens/analyze.hpp"
#include "presslens/ner.hpp"

using namespace presslens;

namespace {

const Document& seed(const std::string& prefix) {
  for (const auto& d : testing::analysed_seeds().documents) {
    if (d.name.starts_with(prefix)) return d;
  }
  FAIL("no seed " << prefix);
  return testing::analysed_seeds().documents.front();
}

const Quote* quote_starting(const Document& d, const std::string& start) {
  for (const auto& q : d.quotes) {
    if (q.text.starts_with(start)) return &q;
  }
  return nullptr;
}

const Cluster* cluster(const std::string& id) {
  for (const auto& c : testing::analysed_seeds().clusters) {
    if (c.id == id) return &c;
  }
  return nullptr;
}

bool has_alias(const Cluster* c, const std::string& alias) {
  return c && std::find(c->aliases.begin(), c->aliases.end(), alias) != c->aliases.end();
}

// The quote exists, is direct, and its speaker is the person with that alias.
void check_named(const std::string& document, const std::string& start, const std::string& alias) {
  INFO(document << ": \"" << start << "\" by " << alias);
  const Quote* q = quote_starting(seed(document), start);
  REQUIRE(q != nullptr);
  CHECK(q->kind == QuoteKind::direct);
  REQUIRE(q->speaker_cluster);
  const Cluster* c = cluster(*q->speaker_cluster);
  CHECK(has_alias(c, alias));
  CHECK(q->speaker == c->name);
}

bool has_term(const Document& d, const std::string& text) {
  return std::any_of(d.terms.begin(), d.terms.end(), [&](const Term& t) { return t.text == text; });
}

}  // namespace

TEST_CASE("000: an unnamed source is credited with its fuller earlier description") {
  const Quote* q = quote_starting(seed("000"), "Moscow now has an optimistic view");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "a Russian diplomatic source");
  CHECK_FALSE(q->speaker_cluster);
  CHECK(q->cue == "said");
}

TEST_CASE("001: Lavrov's quotes, with an editorial insertion, and Assad's partial quote") {
  check_named("001", "So far from what we hear", "Sergei Lavrov");
  const Quote* q = quote_starting(seed("001"), "So far from what we hear");
  REQUIRE(q != nullptr);
  CHECK(q->text.find("[of talks]") != std::string::npos);
  CHECK(q->cue == "told");
  check_named("001", "worth studying.", "Bashar Assad");
  check_named("001", "We would be supportive of his efforts,", "Lavrov");
}

TEST_CASE("001: a scare quote is a term, not speech") {
  CHECK(has_term(seed("001"), "action plan"));
  CHECK(quote_starting(seed("001"), "action plan") == nullptr);
}

TEST_CASE("002: a quote continues in the next sentence; partial quotes keep their speaker") {
  check_named("002", "We share the view that the main factor", "Sergei Lavrov");
  check_named("002", "Russia will continue supporting Syria ... in countering this threat.",
              "Sergei Lavrov");
  check_named("002", "very productive", "Walid al-Moualem");
  check_named("002", "a wide range of social and political forces.", "Lavrov");
  CHECK(has_term(seed("002"), "terrorism"));
  CHECK(has_term(seed("002"), "healthy"));
  CHECK(quote_starting(seed("002"), "terrorism") == nullptr);
}

TEST_CASE("002: reported speech with a clear speaker and cue") {
  const Quote* q =
      quote_starting(seed("002"), "bringing together Damascus and the opposition was difficult");
  REQUIRE(q != nullptr);
  CHECK(q->kind == QuoteKind::indirect);
  CHECK(q->cue == "said");
  REQUIRE(q->speaker_cluster);
  CHECK(has_alias(cluster(*q->speaker_cluster), "Lavrov"));
}

TEST_CASE("003: nested attribution credits the words to Assad, not the Kremlin") {
  check_named("003", "an important step towards political settlement,", "Assad");
  check_named("003", "confirmed the Syrian government", "Assad");
}

TEST_CASE("003: Putin's spokesman is Peskov, also in the quote that continues") {
  check_named("003", "to a higher level of mutual confidence,", "Dmitry Peskov");
  check_named("003", "At the same time, I'll repeat", "Dmitry Peskov");
}

TEST_CASE("004: quoted by a news agency, then 'he said'") {
  check_named("004", "Next week, we will invite opposition representatives", "Mikhail Bogdanov");
  check_named("004", "The meeting \u2026 will possibly be", "Mikhail Bogdanov");
}

TEST_CASE("quotes come in text order with spans that give their text") {
  for (const auto& d : testing::analysed_seeds().documents) {
    std::size_t last = 0;
    for (const auto& q : d.quotes) {
      CHECK(q.span.start >= last);
      last = q.span.start;
      CHECK(d.text.substr(q.span.start, q.span.end - q.span.start) == q.text);
      CHECK((q.kind == QuoteKind::direct || q.kind == QuoteKind::indirect));
    }
    for (const auto& t : d.terms)
      CHECK(d.text.substr(t.span.start, t.span.end - t.span.start) == t.text);
  }
}

TEST_CASE("a quote's sentence: its marks and its cue, as one can cite it") {
  const Document& d = seed("001");
  const Quote* q = quote_starting(d, "So far from what we hear");
  REQUIRE(q != nullptr);
  const std::string sentence =
      d.text.substr(q->sentence.start, q->sentence.end - q->sentence.start);
  CHECK(sentence ==
        "\"So far from what we hear from the majority of our interlocutors, both in the opposition "
        "and "
        "the government of Syria, we can be optimistic that this process [of talks] could at least "
        "be "
        "tried early next year,\" Lavrov told France-24 television.");
  // Every quote of the seeds stands inside its sentence.
  for (const auto& doc : testing::analysed_seeds().documents) {
    for (const auto& quote : doc.quotes) {
      INFO(doc.name << ": " << quote.text);
      CHECK(quote.sentence.start <= quote.span.start);
      CHECK(quote.sentence.end >= quote.span.end);
      CHECK(quote.sentence.end <= doc.text.size());
    }
  }
}
