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
#include "identity/words.hpp"

namespace presslens::identity {
namespace {

constexpr std::string_view kMale[]{
    "mr",          "mr.",         "he",   "him",    "his",     "himself", "spokesman", "chairman",
    "congressman", "businessman", "king", "prince", "husband", "father",  "son",       "brother",
    "uncle",       "sir",         "lord", "duke",   "emperor", "sultan"};
constexpr std::string_view kFemale[]{
    "mrs",      "mrs.",    "ms",          "ms.",        "miss",          "she",           "her",
    "hers",     "herself", "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "queen",
    "princess", "wife",    "mother",      "daughter",   "sister",        "aunt",          "lady",
    "dame",     "duchess", "empress",     "actress"};
constexpr std::string_view kPronouns[]{"he",  "him", "his",  "himself",
                                       "she", "her", "hers", "herself"};

// +1 for a male word, -1 for a female one, 0 otherwise.
int gender_of_word(std::string_view lower) {
  if (listed(kMale, lower)) return 1;
  if (listed(kFemale, lower)) return -1;
  return 0;
}

bool ends_sentence(const Word& w) {
  return w.punct && (w.text == "." || w.text == "?" || w.text == "!");
}

}  // namespace

std::vector<GenderVote> gender_votes(const Document& d) {
  std::vector<GenderVote> votes(d.entities.size());
  if (d.error) return votes;
  const std::string_view text = d.text;
  for (std::size_t i = 0; i < d.entities.size(); ++i) {
    const auto& e = d.entities[i];
    if (e.type != "PER") continue;
    auto vote = [&](int g) {
      if (g > 0) ++votes[i].male;
      if (g < 0) ++votes[i].female;
    };
    // "Mrs. Clinton", "spokeswoman Maria Zakharova": the word just before.
    if (const auto before = word_before(text, e.span.start); before && !before->punct) {
      vote(gender_of_word(lowercase(before->text)));
    }
    // "Clinton said she ...": the first pronoun after the name in its
    // sentence, if no other person is named first.
    const std::size_t next = i + 1 < d.entities.size() ? d.entities[i + 1].span.start : text.size();
    std::size_t at = e.span.end;
    for (int k = 0; k < 12; ++k) {
      const auto w = word_after(text, at);
      if (!w || w->start >= next || ends_sentence(*w) || (w->punct && w->text != ",")) break;
      const std::string lower = lowercase(w->text);
      if (listed(kPronouns, lower)) {
        vote(gender_of_word(lower));
        break;
      }
      at = w->end;
    }
  }
  return votes;
}

void infer_genders(Batch& batch) {
  std::vector<std::vector<GenderVote>> votes;
  votes.reserve(batch.documents.size());
  for (const auto& d : batch.documents) votes.push_back(gender_votes(d));
  infer_genders(batch, votes);
}

void infer_genders(Batch& batch, const std::vector<std::vector<GenderVote>>& votes) {
  std::vector<int> male(batch.clusters.size()), female(batch.clusters.size());
  for (std::size_t d = 0; d < batch.documents.size(); ++d) {
    const auto& entities = batch.documents[d].entities;
    for (std::size_t i = 0; i < entities.size() && i < votes[d].size(); ++i) {
      const auto& e = entities[i];
      const Cluster* c = e.type == "PER" ? find_cluster(batch.clusters, e.cluster) : nullptr;
      if (!c) continue;
      const auto index = static_cast<std::size_t>(c - batch.clusters.data());
      male[index] += votes[d][i].male;
      female[index] += votes[d][i].female;
    }
  }
  for (std::size_t c = 0; c < batch.clusters.size(); ++c) {
    auto& cluster = batch.clusters[c];
    cluster.gender.clear();
    for (const auto& role : cluster.roles) {  // "Kremlin spokeswoman"
      const auto words = words_in(role, 0, role.size());
      for (const auto& w : words) {
        const int g = gender_of_word(lowercase(w.text));
        if (g > 0) ++male[c];
        if (g < 0) ++female[c];
      }
    }
    if (male[c] > 2 * female[c])
      cluster.gender = "male";
    else if (female[c] > 2 * male[c])
      cluster.gender = "female";
  }
}

}  // namespace presslens::identity
