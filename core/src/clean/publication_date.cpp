#include "clean/publication_date.hpp"

#include <algorithm>
#include <array>
#include <charconv>

#include "input/records.hpp"

namespace presslens::clean {
namespace {

// Where dates are looked for: lines before the main run and its first lines.
constexpr std::size_t kLinesIntoRun = 6;
constexpr int kLongestDateLine = 25;  // words

#define PRESSLENS_TEXT_DATE_FEATURES(X)         \
  X(bias, "bias")                               \
  X(no_date, "no date")                         \
  X(before_run, "before the main run")          \
  X(run_start, "in the main run's first lines") \
  X(byline, "byline phrase")                    \
  X(published, "says published or posted")      \
  X(updated, "says updated or modified")        \
  X(dateish, "date or time line")               \
  X(short_line, "a line of 8 words or fewer")   \
  X(sentence, "in a sentence")                  \
  X(first, "the first date")                    \
  X(repeated, "given twice or more")            \
  X(earliest, "the earliest")                   \
  X(latest, "the latest")

enum class DateFeature : learn::FeatureIndex {
#define PRESSLENS_ENUM(id, name) id,
  PRESSLENS_TEXT_DATE_FEATURES(PRESSLENS_ENUM)
#undef PRESSLENS_ENUM
      count
};

constexpr std::array<std::string_view, static_cast<std::size_t>(DateFeature::count)> kNames{
#define PRESSLENS_NAME(id, name) name,
    PRESSLENS_TEXT_DATE_FEATURES(PRESSLENS_NAME)
#undef PRESSLENS_NAME
};

constexpr learn::NamedWeight kDateWeights[] = {
#include "clean/date_weights.inc"
};

void add(learn::ActiveFeatures& a, DateFeature f) {
  const auto index = static_cast<learn::FeatureIndex>(f);
  if (std::find(a.begin(), a.end(), index) == a.end()) a.push_back(index);
}

bool says(std::string_view folded, std::initializer_list<std::string_view> words) {
  for (const auto w : words) {
    if (folded.find(w) != std::string_view::npos) return true;
  }
  return false;
}

int number(std::string_view s) {
  int value = -1;
  std::from_chars(s.data(), s.data() + s.size(), value);
  return value;
}

}  // namespace

std::vector<DateOption> date_options(const std::vector<Block>& blocks,
                                     const DocumentEvidence& evidence, const Region& region) {
  std::vector<DateOption> options;
  std::vector<int> counts;
  const std::size_t stop = std::min(evidence.size(), region.begin + kLinesIntoRun);
  for (std::size_t i = 0; i < stop; ++i) {
    const Evidence& e = evidence[i];
    if (e.features.words > kLongestDateLine || e.features.digits < 4) continue;
    const auto date = input::iso_date(blocks[i].text);
    if (!date) continue;
    auto it = std::find_if(options.begin(), options.end(),
                           [&](const DateOption& o) { return o.date == *date; });
    if (it == options.end()) {
      options.push_back({*date, {static_cast<learn::FeatureIndex>(DateFeature::bias)}});
      counts.push_back(0);
      it = options.end() - 1;
      if (options.size() == 1) add(it->features, DateFeature::first);
    }
    ++counts[static_cast<std::size_t>(it - options.begin())];
    auto& a = it->features;
    add(a, i < region.begin ? DateFeature::before_run : DateFeature::run_start);
    if (e.furniture == Furniture::byline) add(a, DateFeature::byline);
    const std::string_view folded = e.features.folded;
    if (says(folded, {"publish", "posted", "veröffentlicht", "publicado", "publié"})) {
      add(a, DateFeature::published);
    }
    if (says(folded,
             {"updated", "modified", "aktualisiert", "actualizado", "atualizado", "mis à jour"})) {
      add(a, DateFeature::updated);
    }
    if (e.features.dateish) add(a, DateFeature::dateish);
    if (e.features.words <= 8) add(a, DateFeature::short_line);
    if (e.features.ends_sentence && e.features.words > 8) add(a, DateFeature::sentence);
  }
  std::string earliest, latest;
  for (const auto& o : options) {
    if (earliest.empty() || o.date < earliest) earliest = o.date;
    if (latest.empty() || o.date > latest) latest = o.date;
  }
  for (std::size_t k = 0; k < options.size(); ++k) {
    if (counts[k] > 1) add(options[k].features, DateFeature::repeated);
    if (options.size() > 1 && options[k].date == earliest)
      add(options[k].features, DateFeature::earliest);
    if (options.size() > 1 && options[k].date == latest)
      add(options[k].features, DateFeature::latest);
  }
  options.push_back({"", {static_cast<learn::FeatureIndex>(DateFeature::no_date)}});
  return options;
}

std::span<const std::string_view> date_feature_names() {
  return kNames;
}

const learn::LinearModel& date_model() {
  static const learn::LinearModel model(kNames, kDateWeights);
  return model;
}

std::optional<std::string> find_publication_date(const std::vector<Block>& blocks,
                                                 const DocumentEvidence& evidence,
                                                 const Region& region,
                                                 const learn::LinearModel& model) {
  const auto options = date_options(blocks, evidence, region);
  const DateOption* best = nullptr;
  std::int32_t best_score = 0;
  for (const auto& o : options) {
    const std::int32_t score = model.score(o.features);
    if (!best || score > best_score) {
      best = &o;
      best_score = score;
    }
  }
  if (!best || best->date.empty()) return std::nullopt;
  return best->date;
}

std::optional<std::string> date_in_file_name(std::string_view name) {
  const auto slash = name.find_last_of("/\\\\");
  if (slash != std::string_view::npos) name.remove_prefix(slash + 1);
  // Runs of digits split at '-', '_', '.': 2016-10-12, 2016_10_12, 20161012.
  std::vector<std::string_view> runs;
  std::size_t i = 0;
  while (i < name.size()) {
    if (name[i] < '0' || name[i] > '9') {
      ++i;
      continue;
    }
    const std::size_t start = i;
    while (i < name.size() && name[i] >= '0' && name[i] <= '9') ++i;
    runs.push_back(name.substr(start, i - start));
  }
  char buffer[40];
  for (std::size_t k = 0; k < runs.size(); ++k) {
    int y = -1, m = -1, d = -1;
    if (runs[k].size() == 8) {
      y = number(runs[k].substr(0, 4));
      m = number(runs[k].substr(4, 2));
      d = number(runs[k].substr(6, 2));
    } else if (runs[k].size() == 4 && k + 2 < runs.size() && runs[k + 1].size() <= 2 &&
               runs[k + 2].size() <= 2) {
      y = number(runs[k]);
      m = number(runs[k + 1]);
      d = number(runs[k + 2]);
    }
    if (y < 1900 || y > 2100) continue;
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", y, m, d);
    if (auto iso = input::iso_date(buffer)) return iso;
  }
  return std::nullopt;
}

}  // namespace presslens::clean
