// Terms of the language that the tagger took for names: an acronym spelt
// out in title case ("Artificial Intelligence (AI)", "Search Engine
// Optimization (SEO)", "User Experience (UX)") that the batch also writes in
// small letters. A name is seldom written so ("the Environmental Protection
// Agency": once in seven on the 1,000-article corpus; "Black Lives Matter"
// once in 24), a term often ("artificial intelligence" 62 times against 23 on
// WCXB's pages, "search engine optimization" 27 against 21).
#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

#include "identity/identity.hpp"
#include "identity/names.hpp"
#include "text/case.hpp"
#include "text/words.hpp"

namespace presslens::identity {
namespace {

// Small-letter uses needed, against title-case ones, to make a term: at
// least one for every three (the agency above has one for six).
constexpr std::size_t kTitleCaseUsesPerLower = 3;

// Candidates with the same first word counted, at most (the others are not
// counted, and so no terms): each word of the batch is compared with no
// more than these, however many such names a batch of junk holds.
constexpr std::size_t kMaxSameFirstWord = 16;

// An identity that may be a term, with how the batch writes its name.
struct Candidate {
  std::size_t identity = 0;
  std::string name;   // "Artificial Intelligence"
  std::string lower;  // "artificial intelligence"
  std::size_t title_uses = 0, lower_uses = 0;
};

// Not a person, and written as an acronym too: an identity whose name may
// be a term (checked before the name is made: most identities are not).
bool may_be_term(const Batch& batch, const Identity& identity) {
  if (identity.type == EntityType::person) return false;
  if (!identity.acronyms.empty()) return true;
  return std::any_of(identity.mentions.begin(), identity.mentions.end(), [&](const MentionRef& m) {
    return !acronym_letters(batch.documents[m.document].entities[m.entity].text).empty();
  });
}

// A name of two words or more, the first and the last opening in capitals
// ("Humanities and Social Sciences"): the shape the tagger takes for an
// organisation's.
bool title_case_phrase(std::string_view name) {
  if (!text::is_ascii(name)) return false;
  const auto words = text::plain_words(name);
  return words.size() >= 2 && words.front().capitalised && words.back().capitalised;
}

// Counts how often each candidate's name is written in title case and in
// small letters, from the start of a word to the end of one, in the batch's
// texts: one pass, each word looked up by its letters lowered.
void count_uses(const Batch& batch, std::vector<Candidate>& candidates) {
  std::unordered_map<std::string, std::vector<std::size_t>> by_first_word;
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    auto& same = by_first_word[text::plain_words(candidates[i].name).front().lower];
    if (same.size() < kMaxSameFirstWord) same.push_back(i);
  }
  for (const auto& d : batch.documents) {
    if (d.error) continue;
    const std::string_view t = d.text;
    text::each_plain_word(t, [&](const text::Word& w) {
      const auto found = by_first_word.find(w.lower);
      if (found == by_first_word.end()) return;
      for (const std::size_t i : found->second) {
        auto& c = candidates[i];
        const std::size_t after = w.start + c.name.size();
        if (after < t.size() && text::is_ascii_alnum(t[after])) continue;
        const std::string_view written = t.substr(w.start, c.name.size());
        if (written == c.name) {
          ++c.title_uses;
        } else if (written == c.lower) {
          ++c.lower_uses;
        }
      }
    });
  }
}

}  // namespace

void mark_terms(const Batch& batch, std::vector<Identity>& identities) {
  std::vector<Candidate> candidates;
  for (std::size_t i = 0; i < identities.size(); ++i) {
    if (!may_be_term(batch, identities[i])) continue;
    std::string name = identity_name(batch, identities[i]);
    if (!title_case_phrase(name)) continue;
    std::string lower = text::ascii_lower(name);
    candidates.push_back({i, std::move(name), std::move(lower)});
  }
  if (candidates.empty()) return;
  count_uses(batch, candidates);
  for (const auto& c : candidates) {
    identities[c.identity].term =
        c.lower_uses > 0 && c.lower_uses * kTitleCaseUsesPerLower >= c.title_uses;
  }
}

void drop_terms(Batch& batch, std::vector<Identity>& identities,
                std::vector<SavedMentions>* saved) {
  const auto dropped = [](const Identity& i) { return i.dropped_as_term(); };
  if (std::none_of(identities.begin(), identities.end(), dropped)) return;
  std::vector<std::vector<char>> gone(batch.documents.size());
  for (const auto& identity : identities) {
    if (!dropped(identity)) continue;
    for (const auto& m : identity.mentions) {
      auto& flags = gone[m.document];
      flags.resize(batch.documents[m.document].entities.size(), 0);
      flags[m.entity] = 1;
    }
  }
  if (saved) {
    for (std::size_t d = 0; d < gone.size(); ++d) {
      if (!gone[d].empty()) saved->push_back({d, batch.documents[d].entities});
    }
  }
  std::erase_if(identities, dropped);
  drop_mentions(batch, identities, gone);
}

}  // namespace presslens::identity
