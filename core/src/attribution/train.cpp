// Training the speaker model (ranker.hpp) on PolNeAR-style attributions.
//
// Each quote the rules find (direct or reported) is matched to the
// annotated attribution whose content it shares (as
// ../shared/tools/quote_attribution.py matches them); the annotated source
// is found in the text near the quote and read as the resolver reads a
// subject; the candidates that name the same speaker are the right ones.
// A softmax over the candidates is trained with AdaGrad; the articles are
// split into folds by a hash of their names, and the predictions of the
// models trained without each fold calibrate the confidence and give the
// held-out figures.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>
#include <sstream>
#include <unordered_map>

#include "attribution/quotes.hpp"
#include "attribution/scorer_words.hpp"
#include "attribution/speakers.hpp"
#include "attribution/units.hpp"
#include "identity/identity.hpp"
#include "presslens/analyze.hpp"
#include "presslens/speakers.hpp"
#include "text/hash.hpp"
#include "text/offsets.hpp"

namespace presslens::attribution {
namespace {

using text::ascii_lower;

// The scorer's share of a quote's words that must match (quote_attribution.py).
constexpr double kMatchShare = 0.6;
// A quote sharing less than this share of its words with every annotation's
// content is spoken by nobody (train on it as such).
constexpr double kNobodyShare = 0.5;
// How far from where the offsets put it an annotated source is looked for
// in the cleaned text (the cleaner may drop a caption or a space).
constexpr std::size_t kSourceReach = 3000;

struct Gold {
  std::string source;  // the first source segment's text
  Span source_raw;     // byte offsets in the raw article
  Span content_raw;
  std::string content;
  bool direct = false;
};

struct Instance {
  std::size_t document = 0;
  std::size_t quote = 0;
  QuoteCandidates candidates;
  std::vector<bool> right;  // per candidate
  bool counted = false;     // a direct quote with a named source (the scorer's set)
  std::size_t rule = kNone;
  bool nobody = false;  // a quote no annotation holds: nobody is its speaker
  bool has_right() const { return std::find(right.begin(), right.end(), true) != right.end(); }
};

// Byte offset of code point `n` in `s`.
std::size_t byte_of(std::string_view s, std::size_t n) {
  std::size_t i = 0;
  for (std::size_t cp = 0; i < s.size() && cp < n; ++cp) {
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
  }
  return i;
}

std::map<std::string, std::vector<Gold>> read_gold(std::string_view jsonl,
                                                   const std::map<std::string, std::string>& raw) {
  std::map<std::string, std::vector<Gold>> out;
  std::istringstream in{std::string(jsonl)};
  std::string line;
  while (std::getline(in, line)) {
    const auto j = nlohmann::json::parse(line, nullptr, false);
    if (!j.is_object() || !j.contains("article")) continue;
    const std::string article = j.value("article", "");
    const auto text = raw.find(article);
    if (text == raw.end()) continue;
    const auto& src = j["source"];
    const auto& content = j["content"];
    if (!src.is_object() || !content.is_object() || src["segments"].empty() ||
        content["segments"].empty())
      continue;
    Gold g;
    const auto s0 = src["segments"][0];
    const auto c0 = content["segments"][0];
    g.source_raw = text::make_span(byte_of(text->second, s0[0].get<std::size_t>()),
                                   byte_of(text->second, s0[1].get<std::size_t>()));
    g.content_raw = text::make_span(byte_of(text->second, c0[0].get<std::size_t>()),
                                    byte_of(text->second, c0[1].get<std::size_t>()));
    if (g.source_raw.end > text->second.size() || g.source_raw.start >= g.source_raw.end) continue;
    g.source = text->second.substr(g.source_raw.start, g.source_raw.end - g.source_raw.start);
    g.content = content.value("text", "");
    g.direct = j.value("direct", false);
    out[article].push_back(std::move(g));
  }
  return out;
}

std::size_t shared(const std::set<std::string>& a, const std::set<std::string>& b) {
  std::size_t n = 0;
  for (const auto& w : a) n += b.contains(w) ? 1 : 0;
  return n;
}

// Where the annotated source is in the cleaned text: the occurrence of its
// words nearest to where the raw offsets put it.
std::optional<Span> find_source(const std::string& text, const Gold& g, std::size_t expected) {
  std::optional<Span> best;
  std::size_t best_distance = kSourceReach + 1;
  for (std::size_t at = text.find(g.source); at != std::string::npos;
       at = text.find(g.source, at + 1)) {
    const std::size_t distance = at > expected ? at - expected : expected - at;
    if (distance < best_distance) {
      best_distance = distance;
      best = text::make_span(at, at + g.source.size());
    }
  }
  return best;
}

// The speaker an annotated source names, read as the resolver reads a
// subject (up to an apposition: "Drew Heiserman, a steering committee member").
Speaker gold_speaker(const TextUnits& u, const SpeakerResolver& resolver, Span source) {
  auto words = u.words_in(source.start, source.end);
  std::size_t n = 0;
  while (n < words.size()) {
    const std::string lower = ascii_lower(words[n].text);
    if (words[n].text == "," || words[n].text == "(" || lower == "who" || lower == "which") break;
    ++n;
  }
  if (n == 0) return {};
  Speaker s = resolver.resolve(words, {0, n});
  if (s.named()) return s;
  // "Her campaign manager, Robby Mook,": the name in apposition.
  if (n < words.size() && words[n].text == ",") {
    for (const EntityMention* e : resolver.mentions()) {
      if (e->span.start >= source.end) break;
      if (e->span.start >= words[n].end && e->type == EntityType::person) {
        const Speaker named = resolver.of_entity(*e);
        if (named.named()) return named;
      }
    }
  }
  // "Rubio’s catch phrase", or a source inside a longer name ("Clinton" of
  // "Hillary Clinton"): the person or organisation named there.
  const Span head = text::make_span(words[0].start, words[n - 1].end);
  for (const EntityMention* e : resolver.mentions()) {
    if (e->span.start >= head.end) break;
    if (e->span.end > head.start &&
        (e->type == EntityType::person || e->type == EntityType::organisation)) {
      const Speaker named = resolver.of_entity(*e);
      if (named.named() && (n == 1 || words[n - 1].possessive || e->span.end >= head.end))
        return named;
    }
  }
  return s;
}

bool overlaps(Span a, Span b) {
  return a.start < b.end && b.start < a.end;
}

// Labels the candidates of one document's quotes; returns its instances.
std::vector<Instance> label(const Document& d, const std::vector<Cluster>& clusters,
                            const std::vector<text::Gender>& genders,
                            const std::vector<QuoteCandidates>& collected,
                            const std::vector<Gold>& gold, std::size_t document) {
  std::vector<Instance> out;
  std::vector<std::set<std::string>> quote_words;
  for (const auto& q : d.quotes) {
    const auto w = scorer_words(q.text);
    quote_words.emplace_back(w.begin(), w.end());
  }
  // Each annotation to the first quote that holds enough of its words.
  std::vector<const Gold*> matched(d.quotes.size(), nullptr);
  std::vector<bool> counted(d.quotes.size(), false);
  for (const auto& g : gold) {
    std::set<std::string> want;
    if (g.direct) {
      const auto w = scorer_words(longest_segment(g.content));
      want.insert(w.begin(), w.end());
    } else {
      const auto w = scorer_words(g.content);
      want.insert(w.begin(), w.end());
    }
    if (want.size() < 2) continue;
    for (std::size_t i = 0; i < d.quotes.size(); ++i) {
      if ((d.quotes[i].kind == QuoteKind::direct) != g.direct) continue;
      if (static_cast<double>(shared(want, quote_words[i])) <
          kMatchShare * static_cast<double>(want.size()))
        continue;
      if (!matched[i]) {
        matched[i] = &g;
        bool named = false;
        for (const auto& w : text::words_in(g.source, 0, g.source.size())) {
          const std::string lower = ascii_lower(w.text);
          named = named || (w.capitalised && w.text.size() > 2 && !is_pronoun(lower) &&
                            lower != "the" && lower != "this" && lower != "that" &&
                            lower != "mrs" && lower != "mr" && lower != "ms");
        }
        counted[i] = g.direct && named;
      }
      break;
    }
  }
  // The words of every annotation's content: a quote holding few of them
  // is spoken by nobody the annotators saw (a term in quotes, a title).
  std::set<std::string> attributed;
  for (const auto& g : gold) {
    const auto w = scorer_words(g.content);
    attributed.insert(w.begin(), w.end());
  }
  const TextUnits u = read_units(d.text, d.sentences);
  const SpeakerResolver resolver(d, clusters, genders, u.segments, u.words);
  for (std::size_t i = 0; i < d.quotes.size(); ++i) {
    if (!matched[i]) {
      const QuoteCandidates& q = collected[i];
      const std::size_t words = quote_words[i].size();
      if (q.nobody == kNone || words < 2 ||
          static_cast<double>(shared(attributed, quote_words[i])) >=
              kNobodyShare * static_cast<double>(words))
        continue;
      Instance x{document, i, q, std::vector<bool>(q.candidates.size(), false), false, q.rule};
      x.right[q.nobody] = true;
      x.nobody = true;
      out.push_back(std::move(x));
      continue;
    }
    const Gold& g = *matched[i];
    const std::size_t anchor = d.quotes[i].span.start;
    const std::size_t expected =
        g.source_raw.start >= g.content_raw.start
            ? anchor + (g.source_raw.start - g.content_raw.start)
            : anchor - std::min<std::size_t>(anchor, g.content_raw.start - g.source_raw.start);
    const auto source = find_source(d.text, g, expected);
    if (!source) continue;
    const Speaker truth = gold_speaker(u, resolver, *source);
    if (truth.empty()) continue;
    Instance x{document, i, collected[i], {}, counted[i], collected[i].rule};
    const auto& cs = x.candidates.candidates;
    for (std::size_t k = 0; k < cs.size(); ++k) {
      const Candidate& c = cs[k];
      const bool right = truth.named() ? c.speaker.cluster == truth.cluster
                                       : ((!c.speaker.named() && overlaps(c.speaker.at, *source)) ||
                                          identity_of(c.speaker) == identity_of(truth));
      x.right.push_back(right && k != x.candidates.nobody);  // an annotation names someone
    }
    out.push_back(std::move(x));
  }
  return out;
}

// splitmix64: the same sequence everywhere (std::shuffle's is not fixed).
std::uint64_t next_random(std::uint64_t& state) {
  std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

struct Trainer {
  const SpeakerTrainOptions& options;
  std::unordered_map<std::uint32_t, double> weights;
  std::unordered_map<std::uint32_t, double> squares;

  double score(const Candidate& c) const {
    double s = 0;
    for (const auto key : c.features) {
      const auto it = weights.find(key);
      if (it != weights.end()) s += it->second;
    }
    return s;
  }

  void step(const Instance& x) {
    const auto& cs = x.candidates.candidates;
    std::vector<double> p;
    double best = -1e300;
    for (const auto& c : cs) best = std::max(best, (p.push_back(score(c)), p.back()));
    double total = 0, right = 0;
    for (std::size_t i = 0; i < p.size(); ++i) {
      p[i] = std::exp(p[i] - best);
      total += p[i];
    }
    for (std::size_t i = 0; i < p.size(); ++i) {
      p[i] /= total;
      if (x.right[i]) right += p[i];
    }
    std::unordered_map<std::uint32_t, double> gradient;
    for (std::size_t i = 0; i < cs.size(); ++i) {
      // A quote nobody speaks teaches when nobody speaks, not whom the
      // candidates are (the ranking among them is the annotated quotes').
      if (x.nobody && i != x.candidates.nobody) continue;
      const double g = p[i] - (x.right[i] ? p[i] / right : 0);
      if (g == 0) continue;
      for (const auto key : cs[i].features) gradient[key] += g;
    }
    // In key order, so that the sums round the same way on every run.
    std::vector<std::pair<std::uint32_t, double>> ordered(gradient.begin(), gradient.end());
    std::sort(ordered.begin(), ordered.end());
    for (const auto& [key, g] : ordered) {
      double& w = weights[key];
      double& s = squares[key];
      const double grad = g + options.l2 * w;
      s += grad * grad;
      w -= options.learning_rate * grad / (std::sqrt(s) + 1e-8);
    }
  }

  void train(const std::vector<const Instance*>& instances) {
    std::vector<const Instance*> order(instances);
    std::uint64_t state = options.seed;
    for (int epoch = 0; epoch < options.epochs; ++epoch) {
      for (std::size_t i = order.size(); i > 1; --i)
        std::swap(order[i - 1], order[next_random(state) % i]);
      for (const Instance* x : order) step(*x);
    }
  }

  SpeakerModel model() const {
    SpeakerModel m;
    for (const auto& [key, w] : weights) {
      if (std::abs(w) >= options.min_weight) m.weights.emplace_back(key, static_cast<float>(w));
    }
    std::sort(m.weights.begin(), m.weights.end());
    return m;
  }
};

// `options.runs` models trained with seeds seed, seed+1..., their weights
// averaged (steadier than any one order of the quotes).
SpeakerModel train_runs(const SpeakerTrainOptions& options,
                        const std::vector<const Instance*>& instances) {
  Trainer sum{options, {}, {}};
  const int runs = std::max(1, options.runs);
  for (int run = 0; run < runs; ++run) {
    SpeakerTrainOptions seeded = options;
    seeded.seed = options.seed + static_cast<std::uint64_t>(run);
    Trainer t{seeded, {}, {}};
    t.train(instances);
    for (const auto& [key, w] : t.weights) sum.weights[key] += w / runs;
  }
  return sum.model();
}

// Pool-adjacent-violators: the non-decreasing fit of right (0/1) to
// probability, as at most `points` (probability, share right) points.
std::vector<std::pair<float, float>> isotonic(std::vector<std::pair<double, double>> xy,
                                              std::size_t points) {
  std::sort(xy.begin(), xy.end());
  struct Block {
    double x = 0, y = 0, n = 0;
  };
  std::vector<Block> blocks;
  for (const auto& [x, y] : xy) {
    blocks.push_back({x, y, 1});
    while (blocks.size() > 1 && blocks[blocks.size() - 2].y / blocks[blocks.size() - 2].n >=
                                    blocks.back().y / blocks.back().n) {
      Block b = blocks.back();
      blocks.pop_back();
      blocks.back().x += b.x;
      blocks.back().y += b.y;
      blocks.back().n += b.n;
    }
  }
  // Fewer points: merge neighbours of the smallest blocks (the fit stays monotone).
  while (blocks.size() > points) {
    std::size_t smallest = 0;
    for (std::size_t i = 1; i < blocks.size(); ++i)
      if (blocks[i].n < blocks[smallest].n) smallest = i;
    const std::size_t with =
        smallest == 0 ? 1
        : smallest + 1 == blocks.size()
            ? smallest - 1
            : (blocks[smallest - 1].n < blocks[smallest + 1].n ? smallest - 1 : smallest + 1);
    const std::size_t a = std::min(smallest, with), b = std::max(smallest, with);
    blocks[a].x += blocks[b].x;
    blocks[a].y += blocks[b].y;
    blocks[a].n += blocks[b].n;
    blocks.erase(blocks.begin() + static_cast<std::ptrdiff_t>(b));
  }
  std::vector<std::pair<float, float>> out;
  for (const auto& b : blocks)
    out.emplace_back(static_cast<float>(b.x / b.n), static_cast<float>(b.y / b.n));
  return out;
}

constexpr std::size_t kCalibrationPoints = 24;

struct Prediction {
  double probability = 0;
  bool right = false;
  bool counted = false;
  bool rule_right = false;
  bool model_right = false;  // the model's choice, exact rules or not
  bool kept = false;         // an exact rule's choice stands
  Rule rule = Rule::none;
  bool direct = true;
  bool nobody = false;  // no annotation holds the quote: any speaker is wrong
  std::size_t fold = 0;
};

std::string table(const std::vector<std::pair<double, bool>>& xs) {
  std::ostringstream out;
  out << "  confidence    quotes   mean   right\n";
  const double edges[] = {0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0001};
  for (std::size_t b = 0; b + 1 < std::size(edges); ++b) {
    double sum = 0;
    std::size_t n = 0, right = 0;
    for (const auto& [c, r] : xs) {
      if (c < edges[b] || c >= edges[b + 1]) continue;
      ++n;
      sum += c;
      right += r ? 1 : 0;
    }
    char line[96];
    std::snprintf(line, sizeof line, "  %4.2f-%4.2f  %8zu  %5.3f  %6.3f\n", edges[b],
                  std::min(edges[b + 1], 1.0), n, n ? sum / static_cast<double>(n) : 0.0,
                  n ? static_cast<double>(right) / static_cast<double>(n) : 0.0);
    out << line;
  }
  return out.str();
}

}  // namespace

// The scorer's words: letters, digits, apostrophes and hyphens, lower case.
std::vector<std::string> scorer_words(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  auto flush = [&] {
    while (!cur.empty() && (cur.front() == '\'')) cur.erase(cur.begin());
    while (!cur.empty() && cur.back() == '\'') cur.pop_back();
    // ’ (E2 80 99) at either end
    while (cur.size() >= 3 && cur.compare(0, 3, "\u2019") == 0) cur.erase(0, 3);
    while (cur.size() >= 3 && cur.compare(cur.size() - 3, 3, "\u2019") == 0)
      cur.resize(cur.size() - 3);
    if (!cur.empty()) out.push_back(ascii_lower(cur));
    cur.clear();
  };
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    const bool word = c >= 0x80 || std::isalnum(c) || c == '_' || c == '\'' || c == '-';
    const bool curly = c == 0xE2 && i + 2 < s.size() &&
                       static_cast<unsigned char>(s[i + 1]) == 0x80 &&
                       (static_cast<unsigned char>(s[i + 2]) == 0x9C ||
                        static_cast<unsigned char>(s[i + 2]) == 0x9D);
    if (curly) {
      flush();
      i += 2;
      continue;
    }
    if (word) {
      cur.push_back(s[i]);
    } else {
      flush();
    }
  }
  flush();
  return out;
}

// The longest quoted part of an annotated content ("..." or “...”, 3+ characters).
std::string longest_segment(std::string_view s) {
  std::string best;
  std::size_t i = 0;
  auto mark = [&](std::size_t at, std::size_t& len) {
    if (at < s.size() && s[at] == '"') return len = 1, true;
    if (s.compare(at, 3, "\u201C") == 0 || s.compare(at, 3, "\u201D") == 0) return len = 3, true;
    return false;
  };
  while (i < s.size()) {
    std::size_t len = 0;
    if (!mark(i, len)) {
      ++i;
      continue;
    }
    std::size_t j = i + len;
    std::size_t end_len = 0;
    while (j < s.size() && !mark(j, end_len)) ++j;
    if (j >= s.size()) break;
    const std::string inner(s.substr(i + len, j - i - len));
    // at least three characters
    std::size_t chars = 0;
    for (unsigned char c : inner) chars += (c & 0xC0) != 0x80;
    if (chars >= 3 && inner.size() > best.size()) best = inner;
    i = j + end_len;
  }
  return best;
}

}  // namespace presslens::attribution

namespace presslens {

Result<SpeakerTraining> train_speaker_model(std::span<const InputFile> articles,
                                            std::string_view attributions_jsonl,
                                            const SpeakerTrainOptions& options) {
  using namespace attribution;
  auto log = [&](const std::string& s) {
    if (options.log) options.log(s);
  };
  if (options.folds < 2)
    return Error{ErrorCode::invalid_argument, "train: --folds must be 2 or more"};
  std::map<std::string, std::string> raw;
  for (const auto& f : articles)
    raw[name_without_extension(f.name.substr(f.name.find_last_of('/') + 1))] = f.bytes;
  const auto gold = read_gold(attributions_jsonl, raw);
  log("reading " + std::to_string(articles.size()) + " articles");
  Batch batch = analyze(articles);
  const std::vector<text::Gender> genders = identity::infer_genders(batch);
  // The rules' quotes, their candidates and labels.
  std::vector<Instance> instances;
  std::vector<std::size_t> fold_of(batch.documents.size());
  for (std::size_t k = 0; k < batch.documents.size(); ++k) {
    Document& d = batch.documents[k];
    const std::string name = name_without_extension(d.name.substr(d.name.find_last_of('/') + 1));
    fold_of[k] = text::fnv1a(name) % static_cast<std::uint64_t>(options.folds);
    if (d.error) continue;
    std::vector<QuoteCandidates> collected;
    find_quotes(d, batch.clusters, genders, nullptr, &collected);
    const auto g = gold.find(name);
    if (g == gold.end()) continue;
    for (auto& x : label(d, batch.clusters, genders, collected, g->second, k))
      instances.push_back(std::move(x));
  }
  std::size_t matched = 0, trainable = 0, counted = 0, nobody = 0;
  for (const auto& x : instances) {
    matched += x.nobody ? 0 : 1;
    trainable += x.has_right() && !x.nobody ? 1 : 0;
    counted += x.counted ? 1 : 0;
    nobody += x.nobody ? 1 : 0;
  }
  log("quotes matched to an annotation: " + std::to_string(matched) +
      ", with the speaker among the candidates: " + std::to_string(trainable) +
      ", direct with a named source: " + std::to_string(counted) +
      "; quotes no annotation holds (spoken by nobody): " + std::to_string(nobody));

  // Cross-validation.
  std::vector<Prediction> predictions;
  std::vector<SpeakerModel> fold_models;
  for (int fold = 0; fold < options.folds; ++fold) {
    std::vector<const Instance*> train;
    for (const auto& x : instances) {
      if (fold_of[x.document] != static_cast<std::size_t>(fold) && x.has_right())
        train.push_back(&x);
    }
    fold_models.push_back(train_runs(options, train));
    for (const auto& x : instances) {
      if (fold_of[x.document] != static_cast<std::size_t>(fold)) continue;
      const Choice c = decide(fold_models.back(), x.candidates);
      const Choice alone = choose(fold_models.back(), x.candidates);
      const Document& d = batch.documents[x.document];
      Prediction p;
      p.probability = c.probability;
      p.right = c.candidate != kNone && x.right[c.candidate];
      p.model_right = alone.candidate != kNone && x.right[alone.candidate];
      p.kept = x.rule != kNone && exact(x.candidates.by);
      p.counted = x.counted;
      p.rule_right = x.rule != kNone && x.right[x.rule];
      p.rule = x.candidates.by;
      p.direct = d.quotes[x.quote].kind == QuoteKind::direct;
      p.nobody = x.nobody;
      p.fold = static_cast<std::size_t>(fold);
      predictions.push_back(p);
    }
    log("fold " + std::to_string(fold + 1) + " of " + std::to_string(options.folds) + " trained");
  }
  // Calibration of each fold from the other folds' predictions (for the
  // held-out table), and of the final model from all of them; the exact
  // rules' choices apart from the model's.
  const auto fit = [&](SpeakerModel& m, auto&& use) {
    std::vector<std::pair<double, double>> chosen, kept;
    for (const auto& p : predictions) {
      if (!use(p)) continue;
      (p.kept ? kept : chosen).emplace_back(p.probability, p.right ? 1 : 0);
    }
    m.chosen.points = isotonic(chosen, kCalibrationPoints);
    m.kept.points = isotonic(kept, kCalibrationPoints);
  };
  std::vector<std::pair<double, bool>> raw_table, calibrated_table, direct_table, reported_table;
  for (std::size_t fold = 0; fold < fold_models.size(); ++fold) {
    SpeakerModel& m = fold_models[fold];
    fit(m, [&](const Prediction& p) { return p.fold != fold; });
    for (const auto& p : predictions) {
      if (p.fold != fold) continue;
      raw_table.emplace_back(p.probability, p.right);
      const double confidence = (p.kept ? m.kept : m.chosen).apply(p.probability);
      calibrated_table.emplace_back(confidence, p.right);
      (p.direct ? direct_table : reported_table).emplace_back(confidence, p.right);
    }
  }

  std::vector<const Instance*> everything;
  for (const auto& x : instances)
    if (x.has_right()) everything.push_back(&x);
  SpeakerModel model = train_runs(options, everything);
  fit(model, [](const Prediction&) { return true; });

  // Held-out figures.
  std::size_t n = 0, right = 0, rule_right = 0, n_direct = 0, right_direct = 0, rule_direct = 0,
              n_counted = 0, right_counted = 0, rule_counted = 0, model_right = 0;
  for (const auto& p : predictions) {
    if (p.nobody) continue;  // the figures are of the annotated quotes
    ++n;
    right += p.right;
    rule_right += p.rule_right;
    model_right += p.model_right;
    if (p.direct) ++n_direct, right_direct += p.right, rule_direct += p.rule_right;
    if (p.counted) ++n_counted, right_counted += p.right, rule_counted += p.rule_right;
  }
  std::map<Rule, std::array<std::size_t, 3>> by_rule;  // quotes, model right, rule right
  for (const auto& p : predictions) {
    if (p.nobody) continue;
    auto& r = by_rule[p.rule];
    ++r[0];
    r[1] += p.model_right;
    r[2] += p.rule_right;
  }
  auto pct = [](std::size_t a, std::size_t b) {
    char s[32];
    std::snprintf(s, sizeof s, "%.1f%%",
                  b ? 100.0 * static_cast<double>(a) / static_cast<double>(b) : 0.0);
    return std::string(s);
  };
  std::ostringstream report;
  report << "held out (" << options.folds << "-fold cross-validation over the articles):\n"
         << "  quotes matched to an annotation " << n << ": right " << pct(right, n)
         << " (the model overruling every rule " << pct(model_right, n) << ", rules alone "
         << pct(rule_right, n) << ")\n"
         << "  direct " << n_direct << ": model " << pct(right_direct, n_direct) << ", rules "
         << pct(rule_direct, n_direct) << "\n"
         << "  direct with a named source " << n_counted << ": model "
         << pct(right_counted, n_counted) << ", rules " << pct(rule_counted, n_counted) << "\n"
         << "by rule (quotes, model right, rules right):\n";
  for (const auto& [rule, r] : by_rule) {
    report << "  " << to_string(rule) << " " << r[0] << " " << pct(r[1], r[0]) << " "
           << pct(r[2], r[0]) << "\n";
  }
  report << "calibration on held-out folds (each fold calibrated on the others):\n"
         << table(calibrated_table) << "the same, direct quotes only:\n"
         << table(direct_table) << "the same, reported speech only:\n"
         << table(reported_table) << "raw probabilities, same quotes:\n"
         << table(raw_table) << "model: " << model.weights.size() << " weights, "
         << model.chosen.points.size() << " + " << model.kept.points.size()
         << " calibration points\n";
  log(report.str());

  // The held-out JSON: each article attributed by the model that did not see it
  // (calibrated on the other folds).
  for (std::size_t k = 0; k < batch.documents.size(); ++k) {
    Document& d = batch.documents[k];
    if (!d.error) find_quotes(d, batch.clusters, genders, &fold_models[fold_of[k]], nullptr);
  }
  return SpeakerTraining{model.serialize(), to_json(batch), report.str()};
}

}  // namespace presslens
