// Grammatical gender of people, read from the batch's own words, so that
// "she said" skips the latest man named: honorifics before a name ("Mrs.
// Clinton"), gendered role nouns with it ("spokeswoman Maria Zakharova"), and
// the pronoun that first follows a name in its sentence ("Clinton said she
// ..."). No list of first names: the text decides, and a person with no
// evidence, or with evidence both ways, stays unknown.
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
// A gender is taken when its evidence outweighs the other's this many times
// over: one stray "he" does not undo three "she".
constexpr int kMajority = 2;

// +1 for a male word, -1 for a female one, 0 otherwise.
int gender_of_word(std::string_view lower) {
  text::Gender g = text::pronoun_gender(lower);
  if (g == text::Gender::unknown) g = text::honorific_gender(lower);
  if (g == text::Gender::male || text::listed(kMaleNouns, lower)) return 1;
  if (g == text::Gender::female || text::listed(kFemaleNouns, lower)) return -1;
  return 0;
}

bool ends_sentence(const text::Word& w) {
  return w.punct && (w.text == "." || w.text == "?" || w.text == "!");
}

}  // namespace

std::vector<GenderVote> gender_votes(const Document& d) {
  std::vector<GenderVote> votes(d.entities.size());
  if (d.error) return votes;
  const std::string_view text = d.text;
  for (std::size_t i = 0; i < d.entities.size(); ++i) {
    const auto& e = d.entities[i];
    if (e.type != EntityType::person) continue;
    auto vote = [&](int g) {
      if (g > 0) ++votes[i].male;
      if (g < 0) ++votes[i].female;
    };
    // "Mrs. Clinton", "spokeswoman Maria Zakharova": the word just before.
    if (const auto before = text::word_before(text, e.span.start); before && !before->punct) {
      vote(gender_of_word(before->lower));
    }
    // "Clinton said she ...": the first pronoun after the name in its
    // sentence, if no other person is named first.
    const std::size_t next = i + 1 < d.entities.size() ? d.entities[i + 1].span.start : text.size();
    std::size_t at = e.span.end;
    for (std::size_t k = 0; k < kPronounReach; ++k) {
      const auto w = text::word_after(text, at);
      if (!w || w->start >= next || ends_sentence(*w) || (w->punct && w->text != ",")) break;
      if (text::pronoun_gender(w->lower) != text::Gender::unknown) {
        vote(gender_of_word(w->lower));
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
    if (male[c] > kMajority * female[c])
      genders[c] = text::Gender::male;
    else if (female[c] > kMajority * male[c])
      genders[c] = text::Gender::female;
  }
  return genders;
}

}  // namespace presslens::identity
