#include "clean/headline.hpp"

#include <algorithm>
#include <array>

namespace presslens::clean {
namespace {

constexpr std::size_t kTitleLookBack = 12;
constexpr std::size_t kTitleLookInto = 2;  // the run's first lines may be its headline

#define PRESSLENS_TEXT_TITLE_FEATURES(X)                \
  X(bias, "bias")                                       \
  X(no_title, "no title")                               \
  X(first_line, "first line of the text")               \
  X(run_start, "first line of the main run")            \
  X(run_second, "second or third line of the main run") \
  X(just_before, "just before the main run")            \
  X(near_before, "2-3 lines before the main run")       \
  X(far_before, "4-12 lines before the main run")       \
  X(words_1, "words 1")                                 \
  X(words_2, "words 2-3")                               \
  X(words_4, "words 4-7")                               \
  X(words_8, "words 8-15")                              \
  X(words_16, "words 16-30")                            \
  X(words_31, "words 31+")                              \
  X(full_stop, "ends with a full stop")                 \
  X(question, "ends with ? or !")                       \
  X(colon, "ends with a colon")                         \
  X(title_case, "lower-case words < 30%")               \
  X(mixed_case, "lower-case words 30-60%")              \
  X(sentence_case, "lower-case words > 60%")            \
  X(all_caps, "all capitals")                           \
  X(prose, "prose")                                     \
  X(two_sentences, "two sentences or more")             \
  X(commas, "commas")                                   \
  X(furniture, "furniture phrase")                      \
  X(byline, "byline phrase")                            \
  X(dateish, "date or time line")                       \
  X(link_like, "address or menu line")                  \
  X(recurs, "recurs in the batch")                      \
  X(truncated, "cut-off copy")                          \
  X(digits, "mostly digits")                            \
  X(paragraph_next, "a paragraph follows")              \
  X(article_no, "the line models reject it")            \
  X(article_yes, "the line models accept it")           \
  X(longest, "the longest candidate")

enum class TitleFeature : learn::FeatureIndex {
#define PRESSLENS_ENUM(id, name) id,
  PRESSLENS_TEXT_TITLE_FEATURES(PRESSLENS_ENUM)
#undef PRESSLENS_ENUM
      count
};

constexpr std::array<std::string_view, static_cast<std::size_t>(TitleFeature::count)> kTitleNames{
#define PRESSLENS_NAME(id, name) name,
    PRESSLENS_TEXT_TITLE_FEATURES(PRESSLENS_NAME)
#undef PRESSLENS_NAME
};

constexpr learn::NamedWeight kTitleWeights[] = {
#include "clean/title_weights.inc"
};

void add(learn::ActiveFeatures& a, TitleFeature f) {
  a.push_back(static_cast<learn::FeatureIndex>(f));
}

TitleFeature words_bucket(int words) {
  if (words <= 1) return TitleFeature::words_1;
  if (words <= 3) return TitleFeature::words_2;
  if (words <= 7) return TitleFeature::words_4;
  if (words <= 15) return TitleFeature::words_8;
  if (words <= 30) return TitleFeature::words_16;
  return TitleFeature::words_31;
}

learn::ActiveFeatures candidate_features(const DocumentEvidence& evidence, std::size_t i,
                                         const Region& region,
                                         const std::vector<std::int32_t>& line_scores) {
  learn::ActiveFeatures a;
  const Evidence& e = evidence[i];
  const BlockFeatures& f = e.features;
  add(a, TitleFeature::bias);
  if (i == 0) add(a, TitleFeature::first_line);
  if (region.begin < region.end) {
    if (i >= region.begin) {
      add(a, i == region.begin ? TitleFeature::run_start : TitleFeature::run_second);
    } else if (i < region.begin) {
      const std::size_t before = region.begin - i;
      add(a, before == 1   ? TitleFeature::just_before
             : before <= 3 ? TitleFeature::near_before
                           : TitleFeature::far_before);
    }
  }
  add(a, words_bucket(f.words));
  const std::string_view text = f.folded;
  if (f.ends_sentence) {
    add(a, text.ends_with("?") || text.ends_with("!") ? TitleFeature::question
                                                      : TitleFeature::full_stop);
  }
  if (f.ends_colon) add(a, TitleFeature::colon);
  const double lower = f.lower_ratio();
  add(a, lower < 0.3   ? TitleFeature::title_case
         : lower < 0.6 ? TitleFeature::mixed_case
                       : TitleFeature::sentence_case);
  if (f.all_caps()) add(a, TitleFeature::all_caps);
  if (is_prose(f)) add(a, TitleFeature::prose);
  if (f.sentence_marks > 0 && f.ends_sentence) add(a, TitleFeature::two_sentences);
  if (f.commas > 0) add(a, TitleFeature::commas);
  if (e.furniture == Furniture::byline) {
    add(a, TitleFeature::byline);
  } else if (e.furniture != Furniture::none || e.appeal > 0) {
    add(a, TitleFeature::furniture);
  }
  if (f.dateish) add(a, TitleFeature::dateish);
  if (f.link_like) add(a, TitleFeature::link_like);
  if (e.recurs_in > 0) add(a, TitleFeature::recurs);
  if (e.truncated) add(a, TitleFeature::truncated);
  if (f.letters < f.digits) add(a, TitleFeature::digits);
  if (i + 1 < evidence.size() && is_prose(evidence[i + 1].features) &&
      evidence[i + 1].features.words >= 20) {
    add(a, TitleFeature::paragraph_next);
  }
  add(a, line_scores[i] > 0 ? TitleFeature::article_yes : TitleFeature::article_no);
  return a;
}

bool is_dash(std::string_view s, std::size_t at, std::size_t& width) {
  if (s.substr(at, 1) == "-") return width = 1, true;
  if (s.substr(at, 3) == "\xE2\x80\x94" || s.substr(at, 3) == "\xE2\x80\x93")
    return width = 3, true;
  return false;
}

}  // namespace

std::vector<TitleOption> title_options(const DocumentEvidence& evidence, const Region& region,
                                       const std::vector<std::int32_t>& line_scores) {
  std::vector<std::size_t> candidates;
  if (!evidence.empty()) candidates.push_back(0);
  const std::size_t stop = region.begin > kTitleLookBack ? region.begin - kTitleLookBack : 0;
  for (std::size_t i = std::max<std::size_t>(stop, 1);
       i <= region.begin + kTitleLookInto && i < evidence.size(); ++i) {
    candidates.push_back(i);
  }
  // A headline heads a body: at least five words after it.
  constexpr int kShortestBody = 5;
  std::vector<int> words_after(evidence.size() + 1, 0);
  for (std::size_t i = evidence.size(); i-- > 0;) {
    words_after[i] = words_after[i + 1] + evidence[i].features.words;
  }
  std::vector<TitleOption> options;
  std::optional<std::size_t> longest;
  for (const auto i : candidates) {
    if (i + 1 >= evidence.size() || words_after[i + 1] < kShortestBody) continue;
    // What the detectors claim (a menu, an appeal, a line recurring in other
    // stories, a link) is no headline.
    const Evidence& e = evidence[i];
    if (e.features.words == 0 || e.furniture != Furniture::none || e.appeal > 0 ||
        e.recurs_in > 0 || e.features.link_like || e.truncated) {
      continue;
    }
    options.push_back({i, candidate_features(evidence, i, region, line_scores)});
    if (!longest || evidence[i].features.words > evidence[*longest].features.words) longest = i;
  }
  if (options.size() > 1) {
    for (auto& o : options) {
      if (o.block == longest) add(o.features, TitleFeature::longest);
    }
  }
  options.push_back({std::nullopt, {static_cast<learn::FeatureIndex>(TitleFeature::no_title)}});
  return options;
}

std::span<const std::string_view> title_feature_names() {
  return kTitleNames;
}

const learn::LinearModel& title_model() {
  static const learn::LinearModel model(kTitleNames, kTitleWeights);
  return model;
}

std::optional<std::size_t> find_title(const DocumentEvidence& evidence, const Region& region,
                                      const std::vector<std::int32_t>& line_scores,
                                      const learn::LinearModel& model) {
  const auto options = title_options(evidence, region, line_scores);
  const TitleOption* best = nullptr;
  std::int32_t best_score = 0;
  for (const auto& o : options) {
    const std::int32_t score = model.score(o.features);
    if (!best || score > best_score) {
      best = &o;
      best_score = score;
    }
  }
  return best ? best->block : std::nullopt;
}

std::optional<Dateline> find_dateline(std::string_view p) {
  // The place: upper-case letters, spaces, dots, commas, apostrophes (at most 40 bytes).
  std::size_t i = 0;
  int upper = 0;
  while (i < p.size() && i < 40) {
    const unsigned char c = static_cast<unsigned char>(p[i]);
    if (c >= 'A' && c <= 'Z') {
      ++upper;
    } else if (c >= 0x80) {
      // Accept non-ASCII letters in capitals only as part of a longer name (SÃO PAULO).
      if (upper == 0) return std::nullopt;
    } else if (c != ' ' && c != '.' && c != ',' && c != '\'') {
      break;
    }
    ++i;
  }
  if (upper < 3) return std::nullopt;
  std::size_t place_end = i;
  while (place_end > 0 && (p[place_end - 1] == ' ' || p[place_end - 1] == ',')) --place_end;
  // An optional agency in brackets: "(AP)", "(Reuters)".
  if (i < p.size() && p[i] == '(') {
    const auto close = p.find(')', i);
    if (close == p.npos || close - i > 20) return std::nullopt;
    i = close + 1;
    while (i < p.size() && p[i] == ' ') ++i;
  }
  std::size_t width = 0;
  if (i >= p.size() || !is_dash(p, i, width)) return std::nullopt;
  // The place must be followed by " - " and then the sentence.
  if (i == 0 || p[i - 1] != ' ' || i + width >= p.size() || p[i + width] != ' ')
    return std::nullopt;
  Dateline d;
  d.place = std::string(p.substr(0, place_end));
  d.length = i + width;
  d.skip = i + width + 1;
  if (d.place.find(' ') != d.place.npos && d.place.size() > 30) return std::nullopt;
  return d;
}

std::optional<std::string> find_credit(std::string_view line, const BlockFeatures& f) {
  if (f.words < 1 || f.words > 6 || f.ends_sentence) return std::nullopt;
  constexpr std::string_view kLeads[]{"parts from ",
                                      "part from ",
                                      "with ",
                                      "source: ",
                                      "sources: ",
                                      "source ",
                                      "additional reporting by ",
                                      "reporting by ",
                                      "text: ",
                                      "quelle: ",
                                      "fonte: ",
                                      "fuente: "};
  const std::string_view folded = f.folded;
  for (auto lead : kLeads) {
    if (!folded.starts_with(lead) || folded.size() != line.size()) continue;
    std::string_view rest = line.substr(lead.size());
    if (rest.empty() || !(rest[0] >= 'A' && rest[0] <= 'Z')) continue;
    return std::string(rest);
  }
  return std::nullopt;
}

}  // namespace presslens::clean
