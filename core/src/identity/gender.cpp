// Grammatical gender of people, read from the batch's own words, so that
// "she said" skips the latest man named and "Mr. Trump" does not join his
// first wife: honorifics before a name ("Mrs. Clinton"), gendered role nouns
// with it ("spokeswoman Maria Zakharova") or set beside it by a comma ("his
// first wife, Ivana Trump", "Khizr Khan, the father of"), and the pronoun
// that first follows a name in its sentence ("Clinton said she ..."). No list
// of first names: the text decides, and a person with no evidence, or with
// evidence both ways, stays unknown.
#include <algorithm>
#include <iterator>
#include <vector>

#include "identity/identity.hpp"
#include "text/lexicon.hpp"
#include "text/words.hpp"

namespace presslens::identity {
namespace {

// Nouns that say a person's gender: "spokeswoman Maria Zakharova", "the
// king". Honorifics ("Mrs.") and pronouns come from text/lexicon.hpp.
constexpr std::string_view kMaleNouns[]{
    "spokesman", "chairman", "congressman", "businessman", "king", "prince",  "husband",
    "father",    "son",      "brother",     "uncle",       "duke", "emperor", "sultan"};
constexpr std::string_view kFemaleNouns[]{
    "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "queen",
    "princess",    "wife",       "mother",        "daughter",      "sister",
    "aunt",        "duchess",    "empress",       "actress"};

// How many words after a name its pronoun may come: "Clinton, who met the
// prime minister on Tuesday, said she ..." is about as far as it goes.
constexpr std::size_t kPronounReach = 12;
// How many words a phrase set beside a name by a comma may have before its
// noun: "his first wife, Ivana Trump", "Khizr Khan, the father of".
constexpr std::size_t kAppositionReach = 4;
// A gender is taken when its evidence outweighs the other's this many times
// over: one stray "he" does not undo three "she".
constexpr int kMajority = 2;

// +1 for a male noun, -1 for a female one, 0 otherwise.
int noun_gender(std::string_view lower) {
  if (text::listed(kMaleNouns, lower)) return 1;
  if (text::listed(kFemaleNouns, lower)) return -1;
  return 0;
}

// +1 for a male word, -1 for a female one, 0 otherwise.
int gender_of_word(std::string_view lower) {
  text::Gender g = text::pronoun_gender(lower);
  if (g == text::Gender::unknown) g = text::honorific_gender(lower);
  if (g == text::Gender::male) return 1;
  if (g == text::Gender::female) return -1;
  return noun_gender(lower);
}

bool ends_sentence(const text::Word& w) {
  return w.punct && (w.text == "." || w.text == "?" || w.text == "!");
}

// Words that may follow the noun of a phrase set beside a name ("Khizr
// Khan, the father of ..."): a clause's verb may not ("Hillary Clinton, his
// son said", where the phrase is the next clause's subject).
constexpr std::string_view kAppositionGoesOn[]{"of", "to", "for", "and", "at", "in", "who"};

// Words that open a list's next item after a name's comma.
constexpr std::string_view kListGoesOn[]{"and", "or", "but", "nor"};

// The gendered noun (not a pronoun, which is someone else's, nor an
// honorific, which is the next name's) of a short phrase set beside a
// mention by a comma, 0 for none: before it ("his first wife, Ivana Trump",
// back from `comma`, the comma's start) or after it ("Khizr Khan, the father
// of", on from `comma`, the comma's end). No other mention may stand between
// (`limit`: the end of the mention before, or the start of the one after).
// After the name the noun ends the phrase: punctuation or one of
// kAppositionGoesOn follows it.
int apposition_gender(std::string_view text, std::size_t comma, bool after, std::size_t limit) {
  std::size_t at = comma;
  for (std::size_t k = 0; k < kAppositionReach; ++k) {
    const auto w = after ? text::word_after(text, at) : text::word_before(text, at);
    if (!w || w->punct || (after ? w->end > limit : w->start < limit)) return 0;
    // "Corey Lewandowski, and his spokeswoman, Hope Hicks": the list's next
    // item, not the name's.
    if (after && k == 0 && text::listed(kListGoesOn, w->lower)) return 0;
    const int g = noun_gender(w->lower);
    if (g != 0 && after) {
      const auto next = text::word_after(text, w->end);
      return !next || next->punct || text::listed(kAppositionGoesOn, next->lower) ? g : 0;
    }
    if (g != 0) return g;
    at = after ? w->end : w->start;
  }
  return 0;
}

// A phrase set before a name by a comma is the name's when the name ends
// there too ("his first wife, Ivana Trump, said"), not when the name begins
// a clause ("after meeting his son, Hillary Clinton said").
bool closed_after(std::string_view text, std::size_t end) {
  const auto w = text::word_after(text, end);
  return !w || w->punct;
}

}  // namespace

text::Gender decided_gender(int male, int female) {
  if (male > kMajority * female) return text::Gender::male;
  if (female > kMajority * male) return text::Gender::female;
  return text::Gender::unknown;
}

std::vector<GenderVote> gender_votes(const Document& d) {
  std::vector<GenderVote> votes(d.entities.size());
  if (d.error) return votes;
  const std::string_view text = d.text;
  for (std::size_t i = 0; i < d.entities.size(); ++i) {
    const auto& e = d.entities[i];
    // `named`: the word names the gender (an honorific or a noun), where a
    // pronoun after a name may be someone else's ("considers Kaine her
    // mentor").
    auto vote = [&](int g, bool named) {
      if (g > 0) ++votes[i].male;
      if (g < 0) ++votes[i].female;
      if (named && g > 0) ++votes[i].named_male;
      if (named && g < 0) ++votes[i].named_female;
    };
    const std::size_t previous = i > 0 ? d.entities[i - 1].span.end : 0;
    const std::size_t next = i + 1 < d.entities.size() ? d.entities[i + 1].span.start : text.size();
    // "Mrs. Clinton", "spokeswoman Maria Zakharova": the word just before;
    // "his first wife, Ivana Trump": the phrase before a comma.
    if (const auto before = text::word_before(text, e.span.start); before && !before->punct) {
      vote(gender_of_word(before->lower),
           text::pronoun_gender(before->lower) == text::Gender::unknown);
    } else if (before && before->text == "," && before->start >= previous &&
               closed_after(text, e.span.end)) {
      vote(apposition_gender(text, before->start, false, previous), true);
    }
    // "Khizr Khan, the father of ...": the phrase after a comma says who
    // the name is, and a pronoun in it is someone else's ("Ivana Trump, his
    // first wife").
    std::size_t at = e.span.end;
    if (const auto comma = text::word_after(text, at); comma && comma->text == ",") {
      if (const int g = apposition_gender(text, comma->end, true, next); g != 0) {
        vote(g, true);
        continue;
      }
    }
    // "Clinton said she ...": the first pronoun after the name in its
    // sentence, if no other person is named first.
    for (std::size_t k = 0; k < kPronounReach; ++k) {
      const auto w = text::word_after(text, at);
      if (!w || w->start >= next || ends_sentence(*w) || (w->punct && w->text != ",")) break;
      if (text::pronoun_gender(w->lower) != text::Gender::unknown) {
        vote(gender_of_word(w->lower), false);
        break;
      }
      at = w->end;
    }
  }
  return votes;
}

std::vector<text::Gender> infer_genders(const Batch& batch) {
  std::vector<std::vector<GenderVote>> votes;
  votes.reserve(batch.documents.size());
  for (const auto& d : batch.documents) votes.push_back(gender_votes(d));
  return infer_genders(batch, votes);
}

std::vector<text::Gender> infer_genders(const Batch& batch,
                                        const std::vector<std::vector<GenderVote>>& votes) {
  std::vector<int> male(batch.clusters.size()), female(batch.clusters.size());
  for (std::size_t d = 0; d < batch.documents.size(); ++d) {
    const auto& entities = batch.documents[d].entities;
    for (std::size_t i = 0; i < entities.size() && i < votes[d].size(); ++i) {
      const auto& e = entities[i];
      const Cluster* c =
          e.type == EntityType::person ? find_cluster(batch.clusters, e.cluster) : nullptr;
      if (!c) continue;
      const auto index = static_cast<std::size_t>(c - batch.clusters.data());
      male[index] += votes[d][i].male;
      female[index] += votes[d][i].female;
    }
  }
  std::vector<text::Gender> genders(batch.clusters.size(), text::Gender::unknown);
  for (std::size_t c = 0; c < batch.clusters.size(); ++c) {
    for (const auto& role : batch.clusters[c].roles) {  // "Kremlin spokeswoman"
      const auto words = text::words_in(role, 0, role.size());
      for (const auto& w : words) {
        const int g = gender_of_word(w.lower);
        if (g > 0) ++male[c];
        if (g < 0) ++female[c];
      }
    }
    genders[c] = decided_gender(male[c], female[c]);
  }
  return genders;
}

}  // namespace presslens::identity
