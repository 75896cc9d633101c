#include "nlp/tagger.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "presslens/ner.hpp"
#include "text/case.hpp"
#include "text/lexicon.hpp"

namespace presslens::nlp {
namespace {

std::unique_ptr<const NerModel>& model_slot() {
  static std::unique_ptr<const NerModel> model;
  return model;
}

void add_weights(const NerModel& model, std::uint32_t key, std::int32_t* scores) {
  if (const std::int16_t* w = model.weights(key)) {
    for (int t = 0; t < kTagCount; ++t) scores[t] += w[t];
  }
}

void add_row(const std::int16_t* row, std::int32_t* scores) {
  for (int t = 0; t < kTagCount; ++t) scores[t] += row[t];
}

// A name set beside a group noun is a group, whatever it looks like: "an
// al-Qaeda-linked faction, Jabhat al-Nusra" looks like "President, Bashar
// al-Assad" to the features, and the model's evidence for the noun before a
// name is outweighed by the name's shape. A person tagged right after
// "a/an ... <group noun> ," and followed by a comma, stop or bracket
// becomes an organisation.
void retype_appositions(const NerModel& model, ListMask group, const TokenDocument& document,
                        std::size_t begin, std::size_t end, int* tags) {
  if (group == 0) return;
  for (std::size_t i = begin + 2; i < end; ++i) {
    const int tag = tags[i - begin];
    if (type_of(tag) != kPerson || !starts_entity(tag) || document.words[i - 1] != ",") continue;
    const std::string_view noun = document.words[i - 2];
    if (noun.empty() || !(noun[0] >= 'a' && noun[0] <= 'z')) continue;  // a common noun
    const std::uint32_t key = entry_key({text::lower(noun)});
    if ((model.gazetteer.lookup(key) & group) == 0) continue;
    // Introduced as one of a kind: "a faction, X", "an al-Qaeda-linked
    // faction, X"; not "the league's disciplinary committee, Anatoly
    // Gorokhovsky" or "the meeting, Mitchell ...".
    bool introduced = false;
    for (std::size_t k = i - 2; k-- > begin && k + 6 > i;) {
      const std::string_view w = document.words[k];
      if (w == "a" || w == "an" || w == "A" || w == "An") {
        introduced = true;
        break;
      }
      if (w == "," || w == "." || w == ";" || w == ":" || w == "the" || w == "The") break;
    }
    if (!introduced) continue;
    // An apposition closes after the name ("faction, Jabhat al-Nusra.",
    // "company, Kissito (pronounced ...)"); "At a rally, Trump likened ..."
    // goes on with the name as the subject.
    std::size_t last = i;
    while (last < end && !ends_entity(tags[last - begin])) ++last;
    if (last >= end) continue;
    const std::string_view after = last + 1 < end ? document.words[last + 1] : ".";
    if (after != "." && after != "," && after != "(" && after != ";" && after != ":") continue;
    for (std::size_t k = i; k <= last; ++k)
      tags[k - begin] = make_tag(kOrganisation, part_of(tags[k - begin]));
  }
}

// The part of a name's token k, the name spanning tokens first..last.
int part_at(std::size_t k, std::size_t first, std::size_t last) {
  if (first == last) return kUnit;
  return k == first ? kBegin : (k == last ? kLast : kInside);
}

// "Bernie Sanders, Democrat of Vermont": a party's member and the state
// the member stands for, which the tagger runs into one organisation.
// CoNLL tags the member MISC ("Republican") and the place LOC; so do we.
void split_member_of_place(const TokenDocument& document, std::size_t begin, std::size_t end,
                           int* tags) {
  static constexpr std::string_view kMembers[]{"Democrat", "Republican", "Independent",
                                               "Libertarian"};
  for (std::size_t i = begin; i + 2 < end; ++i) {
    const int tag = tags[i - begin];
    if (part_of(tag) != kBegin || document.words[i + 1] != "of" ||
        std::find(std::begin(kMembers), std::end(kMembers), document.words[i]) ==
            std::end(kMembers))
      continue;
    std::size_t last = i + 1;
    while (last < end && !ends_entity(tags[last - begin])) ++last;
    if (last >= end || last < i + 2) continue;
    tags[i - begin] = make_tag(kOther, kUnit);
    tags[i + 1 - begin] = 0;
    for (std::size_t k = i + 2; k <= last; ++k)
      tags[k - begin] = make_tag(kLocation, part_at(k, i + 2, last));
    i = last;
  }
}

// "TurboTax", "WordPress", "DataFeedWatch": a word with a capital inside it,
// after lower-case letters, is cased like a brand. In CoNLL's training data
// such words are organisations or other names (NationsBank, WorldCom,
// JavaSoft, IndyCar) but for surnames and given names that start with a
// prefix (McGrath, MacLean, DeFreitas, DiSarcina, LeBoeuf, LaToya,
// VanLandingham; and VandeHei, VanderSloot, DesJarlais, DelBene in US
// politics); each part of a hyphenated name is read alone.
bool cased_like_a_brand(std::string_view word) {
  static constexpr std::string_view kNamePrefixes[]{"Mc",     "Mac", "De", "Des", "Del", "Di",
                                                    "Da",     "Du",  "La", "Le",  "Van", "Vande",
                                                    "Vander", "Von", "St", "Fitz"};
  std::size_t part = 0;  // where the current part of the word starts
  for (std::size_t k = 1; k < word.size(); ++k) {
    if (word[k] == '-' || word[k] == '\'') {
      part = k + 1;
      continue;
    }
    if (!(word[k] >= 'A' && word[k] <= 'Z') || !(word[k - 1] >= 'a' && word[k - 1] <= 'z'))
      continue;
    const std::string_view prefix = word.substr(part, k - part);
    if (std::find(std::begin(kNamePrefixes), std::end(kNamePrefixes), prefix) ==
        std::end(kNamePrefixes))
      return true;
  }
  return false;
}

// A person's name whose last word is cased like a brand is an
// organisation's. Only the last: given names are cased freely (CoNLL's
// "MaliVai Washington", "JuJu Smith-Schuster").
void retype_brands(const TokenDocument& document, std::size_t begin, std::size_t end, int* tags) {
  for (std::size_t i = begin; i < end; ++i) {
    if (type_of(tags[i - begin]) != kPerson || !starts_entity(tags[i - begin])) continue;
    std::size_t last = i;
    while (last + 1 < end && !ends_entity(tags[last - begin])) ++last;
    if (cased_like_a_brand(document.words[last])) {
      for (std::size_t k = i; k <= last; ++k)
        tags[k - begin] = make_tag(kOrganisation, part_of(tags[k - begin]));
    }
    i = last;
  }
}

// The lists of names known to be of one type ("known-ORG": Islamic State,
// France 24; "known-MISC": Arab Spring), a mask per type; all zero without.
struct KnownNames {
  std::array<ListMask, 4> by_type{};
  ListMask any = 0;
  explicit KnownNames(const Gazetteer& gazetteer) {
    for (std::size_t t = 0; t < kTypes.size(); ++t) {
      by_type[t] = gazetteer.lists_named("known-" + std::string(kTypes[t]));
      any |= by_type[t];
    }
  }
};

bool has_lower(std::string_view word) {
  for (const char c : word) {
    if (c >= 'a' && c <= 'z') return true;
  }
  return false;
}

bool has_upper(std::string_view word) {
  for (const char c : word) {
    if (c >= 'A' && c <= 'Z') return true;
  }
  return false;
}

// The training data of 1996 cannot know today's names, and shapes mislead
// it ("Islamic State" ends like "United States"). A name the tagger found,
// in part or whole, that is exactly a known name (the longest one, every word
// capitalised) takes the known type, unless the tagger's name goes on past
// it ("Islamic State of Iraq" stays whole).
void retype_known_names(const NerModel& model, const KnownNames& known,
                        const TokenDocument& document, std::size_t begin, std::size_t end,
                        int* tags) {
  if (known.any == 0) return;
  std::vector<std::string> forms(end - begin);  // lowercase, computed when first needed
  const auto form = [&](std::size_t k) -> const std::string& {
    std::string& f = forms[k - begin];
    if (f.empty()) f = text::lower(document.words[k]);
    return f;
  };
  for (std::size_t i = begin; i < end; ++i) {
    if (!has_upper(document.words[i])) continue;
    bool near = false;  // a found name within reach
    for (std::size_t k = i; k < end && k < i + kMaxEntryTokens && !near; ++k)
      near = tags[k - begin];
    if (!near) continue;
    std::size_t length = 0;
    ListMask lists = 0;
    std::uint64_t hash = 0;
    for (std::size_t n = 1; n <= kMaxEntryTokens && i + n <= end; ++n) {
      const std::string_view word = document.words[i + n - 1];
      if (!has_upper(word) && n > 1 && word != "of" && word != "for" && word != "and" &&
          word != "the" && word != "in") {
        break;
      }
      hash = extend_entry_hash(n == 1 ? text::kFnvOffset : hash, form(i + n - 1), n == 1);
      const ListMask found = model.gazetteer.lookup(text::fold_key(hash)) & known.any;
      if (found != 0 && has_upper(document.words[i + n - 1])) length = n, lists = found;
    }
    if (length == 0) continue;
    const std::size_t last = i + length - 1;
    bool tagged = false;
    for (std::size_t k = i; k <= last; ++k) tagged |= tags[k - begin] != 0;
    const bool crosses = (!starts_entity(tags[i - begin]) && tags[i - begin] != 0) ||
                         (!ends_entity(tags[last - begin]) && tags[last - begin] != 0);
    int type = -1, types = 0;  // the known type, if the lists name only one
    for (std::size_t t = 0; t < kTypes.size(); ++t) {
      if (lists & known.by_type[t]) type = static_cast<int>(t), ++types;
    }
    if (tagged && !crosses && types == 1) {
      for (std::size_t k = i; k <= last; ++k) tags[k - begin] = make_tag(type, part_at(k, i, last));
    }
    i = last;
  }
}

// The tags a word the tagger typed a person's, alone, may take instead:
// another type's one-word tag (letting it be no name at all did worse on
// testa-A: 95.13 against 95.18).
constexpr std::array<int, 3> kInstead{make_tag(kOrganisation, kUnit), make_tag(kLocation, kUnit),
                                      make_tag(kOther, kUnit)};
constexpr std::size_t kInsteadPlace = 1;
using InsteadScores = std::array<std::int32_t, kInstead.size()>;

// A word the tagger typed a one-word person somewhere in a document.
struct LoneName {
  // The scores of each of kInstead, summed over the word's mentions.
  std::array<std::int64_t, kInstead.size()> scores{};
  std::size_t written = 0;  // times alone, tagged or not
  bool shown = false;       // a sign that it is a person's
};
using LoneNames = std::unordered_map<std::string_view, LoneName>;

// How many times a one-word name needs to be written in a document before
// the lack of any sign of a person there counts against it (chosen on
// testa-A: F1 94.32, 95.01, 95.18, 94.98, 94.84 for 1 to 5).
constexpr std::size_t kPersonEvidenceMentions = 3;
// How far after a name its pronoun may come ("Smith, who ..., said he").
constexpr std::size_t kPronounReach = 12;

// The sentence token `i` is in.
std::size_t sentence_of(const TokenDocument& document, std::size_t i) {
  return static_cast<std::size_t>(
             std::upper_bound(document.sentence_starts.begin(), document.sentence_starts.end(), i) -
             document.sentence_starts.begin()) -
         1;
}

// A sign that the one-word name at `token` is a person's: a title just
// before it, abbreviated or a capitalised noun for a person ("Mr.
// Koizumi", "Prime Minister Koizumi"; not "state engineer Comelf", a
// company), or "he" or "she" the first person-like word after it, in its
// sentence or opening the next ("suggested by Matthew. He has used it").
bool shows_a_person(const NerModel& model, const TokenDocument& document,
                    const std::vector<int>& tags, std::size_t token) {
  const std::size_t sentence = sentence_of(document, token);
  const std::size_t begin = document.sentence_starts[sentence];
  if (token > begin) {
    const std::string_view written = document.words[token - 1];
    std::string before = text::lower(written);
    if (!before.empty() && before.back() == '.') before.pop_back();
    if (text::abbreviation_lower(before) == text::Abbreviation::title ||
        text::honorific_gender(before) != text::Gender::unknown ||
        (has_upper(written.substr(0, 1)) && (model.gazetteer.lookup(entry_key({before})) &
                                             model.gazetteer.lists_named("wordnet-person")) != 0))
      return true;
  }
  std::size_t end = document.sentence_end(sentence);
  if (end < document.words.size()) ++end;  // the next sentence's first word
  for (std::size_t k = token + 1; k < end && k <= token + kPronounReach; ++k) {
    if (starts_entity(tags[k]) && type_of(tags[k]) == kPerson) return false;
    if (text::pronoun_gender(text::lower(document.words[k])) != text::Gender::unknown) return true;
  }
  return false;
}

// "Duolingo offers ...", "Zapier connects ...", "GPUs": today's products
// and companies are words the 1996 training text never saw, and their
// shape, like that of most unknown capitalised words, says person. A
// person named by one word alone, several times in an article, is almost
// always shown to be one somewhere in it: named in full ("Donald Trump"
// before "Trump"), by a given name the lists know ("Matthew explains"), as
// shows_a_person, or by a name the training text itself gives a person
// alone. A one-word person written kPersonEvidenceMentions times or more
// with none of that takes the tagger's next choice in every mention: the
// other type its scores, summed over the mentions, favour; a place only if
// the lists know the word as one.
void retype_unevidenced_people(const NerModel& model, const TokenDocument& document,
                               LoneNames& lone, std::vector<int>& tags) {
  if (lone.empty()) return;
  const Gazetteer& lists = model.gazetteer;
  const ListMask person_names = lists.person_name_lists();
  const ListMask places = lists.place_lists();
  for (auto& [word, name] : lone) {
    const ListMask known = lists.lookup(entry_key({text::lower(word)}));
    name.shown = (known & person_names) != 0;
    if ((known & places) == 0) name.scores[kInsteadPlace] = INT64_MIN / 2;
  }
  for (std::size_t i = 0; i < tags.size(); ++i) {
    const auto found = lone.find(document.words[i]);
    if (found == lone.end()) continue;
    if (tags[i] == 0 || part_of(tags[i]) == kUnit) {
      ++found->second.written;
    } else if (type_of(tags[i]) == kPerson) {
      found->second.shown = true;  // a word of a longer person's name
    }
  }
  const auto unshown = [&](std::size_t i) -> LoneName* {
    const auto found = lone.find(document.words[i]);
    if (found == lone.end() || found->second.shown ||
        found->second.written < kPersonEvidenceMentions)
      return nullptr;
    return &found->second;
  };
  // Signs after the word alone, or after a longer name of any type that it
  // ends as a surname would, written in small letters after its capital
  // ("Jeb Bush has been considering announcing that he ..." typed ORG; not
  // "Generative AI").
  for (std::size_t i = 0; i < tags.size(); ++i) {
    if (tags[i] != make_tag(kPerson, kUnit) &&
        (part_of(tags[i]) != kLast || !has_lower(document.words[i])))
      continue;
    if (LoneName* name = unshown(i); name && shows_a_person(model, document, tags, i))
      name->shown = true;
  }
  for (std::size_t i = 0; i < tags.size(); ++i) {
    if (tags[i] != make_tag(kPerson, kUnit)) continue;
    if (const LoneName* name = unshown(i)) {
      const auto best = std::max_element(name->scores.begin(), name->scores.end());
      tags[i] = kInstead[static_cast<std::size_t>(best - name->scores.begin())];
    }
  }
}

}  // namespace

std::vector<int> tag_document(const NerModel& model, const TokenDocument& document,
                              std::vector<std::int32_t>* all_emissions) {
  FeatureExtractor extractor(document, model.gazetteer, model.classes);
  DocumentFeatures& features = extractor.document();
  // Each distinct word's keys are scored once per role, not once per token,
  // and let go. A word's score for a tag, the sum of a few weights, has
  // stayed within 4,200 on every text we have (the 1,000-article corpus,
  // WCXB, PolNeAR-train, the storms of bench_robust): two bytes hold it, and
  // a larger one is held at the most two bytes can.
  std::vector<std::int16_t> word_scores(extractor.word_count() * kRoleCount * kTagCount);
  DocumentFeatures lists;  // one word's
  for (std::size_t w = 0; w < extractor.word_count(); ++w) {
    lists.word_keys.clear();
    lists.word_offsets.assign(1, 0);
    extractor.word_lists(w, lists);
    for (int role = 0; role < kRoleCount; ++role) {
      std::int32_t sums[kTagCount] = {};
      const auto r = static_cast<std::size_t>(role);
      for (std::uint32_t k = lists.word_offsets[r]; k < lists.word_offsets[r + 1]; ++k) {
        add_weights(model, lists.word_keys[k], sums);
      }
      std::int16_t* row = &word_scores[(w * kRoleCount + r) * kTagCount];
      for (int t = 0; t < kTagCount; ++t) {
        row[t] = static_cast<std::int16_t>(std::clamp(sums[t], -32767, 32767));
      }
    }
  }
  std::vector<int> tags(document.words.size(), 0);
  std::vector<std::uint32_t> keys;
  std::uint32_t sources[kRoleCount];
  Viterbi<std::int32_t> sequence(model.transitions.data());
  PredictionHistory history(features);
  // The list of group nouns ("faction", "party", "militia"); 0 without one.
  const ListMask group = model.gazetteer.lists_named("wordnet-group");
  const KnownNames known(model.gazetteer);
  std::vector<InsteadScores> instead;  // the sentence's tokens' scores for kInstead
  LoneNames lone;
  for (std::size_t s = 0; s < document.sentence_starts.size(); ++s) {
    const std::size_t begin = document.sentence_starts[s], end = document.sentence_end(s);
    extractor.start_sentence(s);
    for (std::size_t i = begin; i < end; ++i) {
      std::int32_t scores[kTagCount] = {};
      keys.clear();
      extractor.token(i, sources, keys);
      for (int role = 0; role < kRoleCount; ++role) {
        const std::size_t list = sources[role] * kRoleCount + role;
        add_row(&word_scores[list * kTagCount], scores);
      }
      history.features(features, begin, end, i, keys);
      for (const auto key : keys) model.prefetch(key);
      for (const auto key : keys) add_weights(model, key, scores);
      if (all_emissions) all_emissions->insert(all_emissions->end(), scores, scores + kTagCount);
      auto& other = instead.emplace_back();
      for (std::size_t k = 0; k < kInstead.size(); ++k) other[k] = scores[kInstead[k]];
      sequence.add(scores);
    }
    sequence.finish(&tags[begin]);
    retype_appositions(model, group, document, begin, end, &tags[begin]);
    retype_known_names(model, known, document, begin, end, &tags[begin]);
    split_member_of_place(document, begin, end, &tags[begin]);
    retype_brands(document, begin, end, &tags[begin]);
    for (std::size_t i = begin; i < end; ++i) {
      if (tags[i] != make_tag(kPerson, kUnit)) continue;
      auto& sum = lone[document.words[i]].scores;
      for (std::size_t k = 0; k < kInstead.size(); ++k) sum[k] += instead[i - begin][k];
    }
    instead.clear();
    history.record(features, begin, end, &tags[begin]);
  }
  retype_unevidenced_people(model, document, lone, tags);
  return tags;
}

const NerModel* loaded_model() {
  return model_slot().get();
}

}  // namespace presslens::nlp

namespace presslens {

Status load_ner_model(std::string_view bytes) {
  auto model = nlp::parse_model(bytes);
  if (!model) return model.error();
  nlp::model_slot() = std::make_unique<const nlp::NerModel>(std::move(model).value());
  return Status::success();
}

bool ner_model_loaded() {
  return nlp::loaded_model() != nullptr;
}

Result<std::vector<std::string_view>> tag_sentences(
    std::span<const std::vector<std::string>> sentences) {
  const nlp::NerModel* model = nlp::loaded_model();
  if (!model) return Error{ErrorCode::invalid_argument, "no NER model is loaded"};
  nlp::TokenDocument document;
  for (const auto& sentence : sentences) {
    if (sentence.empty()) continue;
    document.sentence_starts.push_back(document.words.size());
    for (const auto& word : sentence) document.words.push_back(word);
  }
  const auto tags = nlp::tag_document(*model, document);
  std::vector<std::string_view> out;
  out.reserve(tags.size());
  for (const int tag : tags) out.push_back(nlp::iob2_name(tag));
  return out;
}

}  // namespace presslens
