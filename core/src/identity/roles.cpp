// Roles written with a person's name: "Russian Foreign Minister Sergei
// Lavrov", "Kremlin spokesman Dmitry Peskov", "the UN mediator for Syria,
// Staffan de Mistura".
#include <algorithm>
#include <iterator>

#include "identity/identity.hpp"
#include "text/lexicon.hpp"
#include "text/words.hpp"

namespace presslens::identity {
namespace {

constexpr std::string_view kRoleNouns[]{
    "president",  "minister",    "spokesman",      "spokeswoman",  "spokesperson", "envoy",
    "mediator",   "secretary",   "ambassador",     "chief",        "head",         "leader",
    "chairman",   "chairwoman",  "director",       "governor",     "senator",      "sen.",
    "gov.",       "rep.",        "representative", "general",      "gen.",         "commander",
    "king",       "prince",      "premier",        "chancellor",   "mayor",        "official",
    "adviser",    "advisor",     "aide",           "candidate",    "nominee",      "judge",
    "attorney",   "prosecutor",  "emir",           "negotiator",   "diplomat",     "editor",
    "analyst",    "professor",   "founder",        "ceo",          "executive",    "speaker",
    "lawmaker",   "congressman", "congresswoman",  "commissioner", "coordinator",  "counsel",
    "strategist", "pollster",    "manager",        "sheikh",       "mate",         "chair",
    "host",       "anchor",      "consultant"};

constexpr std::string_view kModifiers[]{
    "deputy",   "foreign", "former",     "incumbent", "vice",      "acting",
    "senior",   "top",     "interim",    "prime",     "defense",   "defence",
    "interior", "finance", "news",       "press",     "state",     "presidential",
    "campaign", "running", "opposition", "chief",     "assistant", "special"};

bool is_role_noun(const std::string& lower) {
  return text::listed(kRoleNouns, lower);
}

// Words of a role phrase read backwards from `end`; stops at anything else.
std::vector<text::Word> role_words(std::string_view text, std::size_t end,
                                   bool allow_prepositions) {
  std::vector<text::Word> out;
  bool have_role = false;
  for (std::size_t at = end; out.size() < 8;) {
    auto word = text::word_before(text, at);
    if (!word || word->punct) break;
    const std::string lower = word->lower;
    const bool role = is_role_noun(lower);
    const bool preposition = allow_prepositions && (lower == "for" || lower == "of");
    // No role word is a stop word: "the", "said", or "Like" opening the
    // sentence ends the role ("Like President Barack Obama"); so does a
    // weekday ("on Tuesday Russian Foreign Minister ...").
    if (word->possessive || (text::is_stop_word(lower) && !preposition) ||
        text::weekday_of(lower)) {
      break;
    }
    if (out.empty() && !role && !allow_prepositions) break;
    if (!(role || word->capitalised || text::listed(kModifiers, lower) || preposition)) break;
    have_role = have_role || role;
    out.push_back(*word);
    at = word->start;
  }
  if (!have_role) return {};
  std::reverse(out.begin(), out.end());
  // A role phrase begins with a modifier, capital or role noun, never "for"/"of".
  while (!out.empty() && (out.front().lower == "for" || out.front().lower == "of")) {
    out.erase(out.begin());
  }
  return out;
}

}  // namespace

std::string role_before(std::string_view text, Span span) {
  std::vector<text::Word> words = role_words(text, span.start, false);
  if (words.empty()) {
    // Apposition: "the UN mediator for Syria, Staffan de Mistura".
    auto comma = text::word_before(text, span.start);
    if (comma && comma->text == ",") words = role_words(text, comma->start, true);
    if (!words.empty() && !is_role_noun(words.back().lower)) {
      // "... mediator for Syria": a role noun, then its complement after a
      // preposition. Capitals right after the noun are a name: in
      // "President Barack Obama, Hillary Clinton" the comma lists people.
      const auto noun = std::find_if(words.rbegin(), words.rend(),
                                     [](const text::Word& w) { return is_role_noun(w.lower); });
      const bool complement = noun != words.rend() && noun != words.rbegin() &&
                              (std::prev(noun)->lower == "for" || std::prev(noun)->lower == "of");
      if (!complement) words.clear();
    }
  }
  if (words.empty()) return {};
  return std::string(text.substr(words.front().start, words.back().end - words.front().start));
}

}  // namespace presslens::identity
