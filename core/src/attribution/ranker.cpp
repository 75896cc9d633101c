#include "attribution/ranker.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>
#include <memory>

#include "presslens/speakers.hpp"
#include "text/hash.hpp"

namespace presslens::attribution {
namespace {

constexpr std::string_view kMagic = "PLSPK1\n";

void put_u32(std::string& out, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}

void put_f32(std::string& out, float f) {
  std::uint32_t v = 0;
  std::memcpy(&v, &f, sizeof v);
  put_u32(out, v);
}

class Reader {
 public:
  explicit Reader(std::string_view bytes) : bytes_(bytes) {}
  bool u32(std::uint32_t& v) {
    if (at_ + 4 > bytes_.size()) return false;
    v = 0;
    for (int i = 0; i < 4; ++i)
      v |= static_cast<std::uint32_t>(static_cast<unsigned char>(bytes_[at_ + i])) << (8 * i);
    at_ += 4;
    return true;
  }
  bool f32(float& f) {
    std::uint32_t v = 0;
    if (!u32(v)) return false;
    std::memcpy(&f, &v, sizeof f);
    return std::isfinite(f);
  }
  bool done() const { return at_ == bytes_.size(); }
  std::size_t left() const { return bytes_.size() - at_; }

 private:
  std::string_view bytes_;
  std::size_t at_ = 0;
};

Error bad_model(std::string message) {
  return {ErrorCode::invalid_argument, "speaker model: " + std::move(message)};
}

std::unique_ptr<SpeakerModel>& global_model() {
  static std::unique_ptr<SpeakerModel> model;
  return model;
}

}  // namespace

double portable_exp(double x) {
  if (x < -700) return 0;
  if (x > 700) x = 700;
  // x = k ln2 + r with |r| <= ln2 / 2; e^r by its series (|r| < 0.35: 14
  // terms reach double precision).
  constexpr double kLn2 = 0.6931471805599453;
  const double k = std::floor(x / kLn2 + 0.5);
  const double r = x - k * kLn2;
  double term = 1, sum = 1;
  for (int n = 1; n <= 14; ++n) {
    term = term * r / n;
    sum += term;
  }
  return std::ldexp(sum, static_cast<int>(k));
}

Result<SpeakerModel> SpeakerModel::parse(std::string_view bytes) {
  if (!bytes.starts_with(kMagic)) return bad_model("not a Presslens speaker model");
  Reader in(bytes.substr(kMagic.size()));
  SpeakerModel m;
  std::uint32_t n = 0;
  if (!in.u32(n) || n > in.left() / 8) return bad_model("truncated weights");
  m.weights.reserve(n);
  for (std::uint32_t i = 0; i < n; ++i) {
    std::uint32_t key = 0;
    float w = 0;
    if (!in.u32(key) || !in.f32(w)) return bad_model("truncated weights");
    if (!m.weights.empty() && key <= m.weights.back().first)
      return bad_model("weights out of order");
    m.weights.emplace_back(key, w);
  }
  m.index_weights();
  for (Calibration* c : {&m.chosen, &m.kept}) {
    std::uint32_t points = 0;
    if (!in.u32(points) || points > in.left() / 8) return bad_model("truncated calibration");
    for (std::uint32_t i = 0; i < points; ++i) {
      float p = 0, v = 0;
      if (!in.f32(p) || !in.f32(v)) return bad_model("truncated calibration");
      if (!c->points.empty() && p < c->points.back().first)
        return bad_model("calibration out of order");
      c->points.emplace_back(p, v);
    }
  }
  if (!in.done()) return bad_model("trailing bytes");
  return m;
}

std::string SpeakerModel::serialize() const {
  std::string out(kMagic);
  put_u32(out, static_cast<std::uint32_t>(weights.size()));
  for (const auto& [key, w] : weights) {
    put_u32(out, key);
    put_f32(out, w);
  }
  for (const Calibration* c : {&chosen, &kept}) {
    put_u32(out, static_cast<std::uint32_t>(c->points.size()));
    for (const auto& [p, v] : c->points) {
      put_f32(out, p);
      put_f32(out, v);
    }
  }
  return out;
}

void SpeakerModel::index_weights() {
  std::uint32_t slots = 16;
  while (slots < weights.size() * 2) slots *= 2;  // at most half full
  mask_ = slots - 1;
  slot_keys_.assign(slots, 0);
  slot_rows_.assign(slots, 0);
  for (std::size_t row = 0; row < weights.size(); ++row) {
    std::uint32_t slot = text::slot_of(weights[row].first, mask_);
    while (slot_rows_[slot] != 0) slot = (slot + 1) & mask_;
    slot_keys_[slot] = weights[row].first;
    slot_rows_[slot] = static_cast<std::uint32_t>(row + 1);
  }
}

float SpeakerModel::weight(std::uint32_t key) const {
  if (slot_rows_.empty()) {
    auto it = std::lower_bound(weights.begin(), weights.end(), key,
                               [](const auto& w, std::uint32_t k) { return w.first < k; });
    return it != weights.end() && it->first == key ? it->second : 0;
  }
  for (std::uint32_t slot = text::slot_of(key, mask_); slot_rows_[slot] != 0;
       slot = (slot + 1) & mask_) {
    if (slot_keys_[slot] == key) return weights[slot_rows_[slot] - 1].second;
  }
  return 0;
}

double SpeakerModel::score(const Candidate& c) const {
  double s = 0;
  for (const std::uint32_t key : c.features) {
    // A missing key adds nothing (adding 0.0f changes no sum but -0.0, which
    // a sum starting at +0 never is).
    if (const float w = weight(key); w != 0) s += w;
  }
  return s;
}

std::vector<double> SpeakerModel::probabilities(const QuoteCandidates& q) const {
  std::vector<double> p;
  double best = -1e300;
  for (const auto& c : q.candidates) {
    p.push_back(score(c));
    best = std::max(best, p.back());
  }
  double total = 0;
  for (auto& x : p) total += (x = portable_exp(x - best));
  for (auto& x : p) x /= total;
  return p;
}

double Calibration::apply(double probability) const {
  if (points.empty()) return probability;
  if (probability <= points.front().first) return points.front().second;
  for (std::size_t i = 1; i < points.size(); ++i) {
    const auto [p1, c1] = points[i];
    if (probability > p1) continue;
    const auto [p0, c0] = points[i - 1];
    if (p1 <= p0) return c1;
    return c0 + (c1 - c0) * (probability - p0) / (p1 - p0);
  }
  return points.back().second;
}

Choice choose(const SpeakerModel& model, const QuoteCandidates& q) {
  Choice best;
  if (q.candidates.empty()) return best;
  const auto p = model.probabilities(q);
  std::map<std::string, double> total;
  for (std::size_t i = 0; i < p.size(); ++i) total[identity_of(q.candidates[i].speaker)] += p[i];
  for (std::size_t i = 0; i < p.size(); ++i) {
    if (i == q.nobody) continue;
    const double t = total[identity_of(q.candidates[i].speaker)];
    const bool better = best.candidate == kNone || t > best.probability ||
                        (t == best.probability && p[i] > p[best.candidate]);
    if (better) best = {i, t, 0};
  }
  best.confidence = model.chosen.apply(best.probability);
  return best;
}

Choice decide(const SpeakerModel& model, const QuoteCandidates& q) {
  if (q.rule == kNone || !exact(q.by)) return choose(model, q);
  const auto p = model.probabilities(q);
  const std::string id = identity_of(q.candidates[q.rule].speaker);
  double total = 0;
  for (std::size_t i = 0; i < p.size(); ++i)
    if (i != q.nobody && identity_of(q.candidates[i].speaker) == id) total += p[i];
  return {q.rule, total, model.kept.apply(total)};
}

const SpeakerModel* loaded_speaker_model() {
  return global_model().get();
}

}  // namespace presslens::attribution

namespace presslens {

Status load_speaker_model(std::string_view bytes) {
  auto model = attribution::SpeakerModel::parse(bytes);
  if (!model) return model.error();
  attribution::global_model() =
      std::make_unique<attribution::SpeakerModel>(std::move(model).value());
  return Status::success();
}

bool speaker_model_loaded() {
  return attribution::global_model() != nullptr;
}

void unload_speaker_model() {
  attribution::global_model().reset();
}

}  // namespace presslens
