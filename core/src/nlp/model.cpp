#include "nlp/model.hpp"

#include <bit>
#include <cstring>

#include "text/hash.hpp"

namespace {
// std::bit_cast is missing from the wasm toolchain's libc++ (clang 14).
template <class To, class From>
To bits_as(From value) {
  static_assert(sizeof(To) == sizeof(From));
  To out;
  std::memcpy(&out, &value, sizeof out);
  return out;
}
}  // namespace

namespace presslens::nlp {
namespace {

constexpr std::string_view kMagic = "PLNERMDL";

class Writer {
 public:
  void bytes(std::string_view b) { out_ += b; }
  void u8(std::uint8_t v) { out_.push_back(static_cast<char>(v)); }
  void u16(std::uint16_t v) { u8(v & 0xFF), u8(v >> 8); }
  void u32(std::uint32_t v) {
    for (int i = 0; i < 4; ++i) u8(static_cast<std::uint8_t>(v >> (8 * i)));
  }
  void u64(std::uint64_t v) {
    for (int i = 0; i < 8; ++i) u8(static_cast<std::uint8_t>(v >> (8 * i)));
  }
  void varint(std::uint32_t v) {
    while (v >= 0x80) {
      u8(static_cast<std::uint8_t>(v | 0x80));
      v >>= 7;
    }
    u8(static_cast<std::uint8_t>(v));
  }
  void name(std::string_view s) {
    u8(static_cast<std::uint8_t>(s.size()));
    bytes(s);
  }
  std::string& out() { return out_; }

 private:
  std::string out_;
};

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  bool failed() const { return failed_; }
  std::string_view bytes(std::size_t n) {
    if (failed_ || in_.size() - pos_ < n) {
      failed_ = true;
      return {};
    }
    pos_ += n;
    return in_.substr(pos_ - n, n);
  }
  std::uint8_t u8() {
    const auto b = bytes(1);
    return b.empty() ? 0 : static_cast<std::uint8_t>(b[0]);
  }
  std::uint16_t u16() { return static_cast<std::uint16_t>(u8() | (u8() << 8)); }
  std::uint32_t u32() {
    std::uint32_t v = 0;
    for (int i = 0; i < 4; ++i) v |= static_cast<std::uint32_t>(u8()) << (8 * i);
    return v;
  }
  std::uint64_t u64() {
    std::uint64_t v = 0;
    for (int i = 0; i < 8; ++i) v |= static_cast<std::uint64_t>(u8()) << (8 * i);
    return v;
  }
  std::uint32_t varint() {
    std::uint32_t v = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      const std::uint8_t b = u8();
      v |= static_cast<std::uint32_t>(b & 0x7F) << shift;
      if (!(b & 0x80)) return v;
    }
    failed_ = true;
    return 0;
  }
  std::string_view name() { return bytes(u8()); }
  std::size_t remaining() const { return in_.size() - pos_; }

 private:
  std::string_view in_;
  std::size_t pos_ = 0;
  bool failed_ = false;
};

// Small magnitudes of either sign as small numbers: 0, -1, 1, -2, 2... as 0, 1, 2, 3, 4...
std::uint16_t zigzag(std::int16_t v) {
  return static_cast<std::uint16_t>(v < 0 ? (-(v + 1) << 1) | 1 : v << 1);
}
std::int16_t unzigzag(std::uint16_t v) {
  return static_cast<std::int16_t>(v & 1 ? -static_cast<int>(v >> 1) - 1 : v >> 1);
}

Error invalid(const std::string& why) {
  return Error{ErrorCode::invalid_argument, "not a valid Presslens NER model: " + why};
}

}  // namespace

void NerModel::set_features(std::vector<std::uint32_t> keys, std::vector<std::int16_t> weights) {
  keys_ = std::move(keys);
  weights_ = std::move(weights);
  std::uint32_t size = 16;
  while (size < keys_.size() * 2) size <<= 1;
  mask_ = size - 1;
  slot_keys_.assign(size, 0);
  slot_rows_.assign(size, 0);
  for (std::size_t i = 0; i < keys_.size(); ++i) {
    std::uint32_t slot = text::slot_of(keys_[i], mask_);
    while (slot_keys_[slot] != 0) slot = (slot + 1) & mask_;
    slot_keys_[slot] = keys_[i];
    slot_rows_[slot] = static_cast<std::uint32_t>(i);
  }
}

std::string serialize_model(const NerModel& model) {
  Writer w;
  w.bytes(kMagic);
  w.u32(kModelFormatVersion);
  w.u32(kFeatureVersion);
  w.u32(kTagCount);
  for (const auto tag : kTags) w.name(tag);
  w.u32(bits_as<std::uint32_t>(model.scale));
  for (const auto t : model.transitions)
    w.u16(static_cast<std::uint16_t>(static_cast<std::int16_t>(t)));
  w.u32(static_cast<std::uint32_t>(model.gazetteer.list_names.size()));
  for (const auto& name : model.gazetteer.list_names) w.name(name);
  const auto& entries = model.gazetteer.entries();
  w.u32(static_cast<std::uint32_t>(entries.size()));
  std::uint32_t previous = 0;
  for (const auto& [key, mask] : entries) {
    w.varint(key - previous);
    w.varint(mask);
    previous = key;
  }
  const auto& levels = model.classes.levels();
  w.u32(static_cast<std::uint32_t>(levels.size()));
  for (const auto k : levels) w.u32(k);
  for (const auto parent : model.classes.parents()) w.varint(parent);
  if (!levels.empty()) {
    const auto& words = model.classes.entries();
    w.u32(static_cast<std::uint32_t>(words.size()));
    previous = 0;
    for (const auto& [key, fine] : words) {
      w.varint(key - previous);
      previous = key;
    }
    for (const auto& [key, fine] : words) w.varint(fine);
  }
  const auto& keys = model.keys();
  w.u32(static_cast<std::uint32_t>(keys.size()));
  previous = 0;
  for (const auto key : keys) {
    w.varint(key - previous);
    previous = key;
  }
  // Tag-major order, then the bitmap of nonzero weights and their two byte planes.
  std::vector<std::uint16_t> nonzero;
  std::string bitmap((keys.size() * kTagCount + 7) / 8, '\0');
  std::size_t bit = 0;
  for (int t = 0; t < kTagCount; ++t) {
    for (const auto key : keys) {
      if (const std::int16_t v = model.weights(key)[t]; v != 0) {
        bitmap[bit / 8] = static_cast<char>(bitmap[bit / 8] | (1 << (bit % 8)));
        nonzero.push_back(zigzag(v));
      }
      ++bit;
    }
  }
  w.bytes(bitmap);
  for (const auto v : nonzero) w.u8(static_cast<std::uint8_t>(v >> 8));
  for (const auto v : nonzero) w.u8(static_cast<std::uint8_t>(v & 0xFF));
  w.u64(text::fnv1a(w.out()));
  return std::move(w.out());
}

Result<NerModel> parse_model(std::string_view bytes) {
  if (bytes.size() < kMagic.size() + 8 || bytes.substr(0, kMagic.size()) != kMagic) {
    return invalid("wrong magic bytes");
  }
  const std::string_view body = bytes.substr(0, bytes.size() - 8);
  Reader checksum(bytes.substr(body.size()));
  if (checksum.u64() != text::fnv1a(body)) return invalid("checksum mismatch (damaged file?)");
  Reader r(body);
  r.bytes(kMagic.size());
  if (const auto version = r.u32(); version != kModelFormatVersion) {
    return invalid("format version " + std::to_string(version) + ", expected " +
                   std::to_string(kModelFormatVersion));
  }
  if (const auto version = r.u32(); version != kFeatureVersion) {
    return invalid("trained with feature version " + std::to_string(version) +
                   ", this build computes version " + std::to_string(kFeatureVersion));
  }
  if (r.u32() != kTagCount) return invalid("unexpected tag count");
  for (const auto tag : kTags) {
    if (r.name() != tag) return invalid("unexpected tag set");
  }
  NerModel model;
  model.scale = bits_as<float>(r.u32());
  for (auto& t : model.transitions) t = static_cast<std::int16_t>(r.u16());
  const std::uint32_t lists = r.u32();
  if (lists > kMaxLists) return invalid("too many gazetteer lists");
  for (std::uint32_t i = 0; i < lists; ++i) model.gazetteer.list_names.emplace_back(r.name());
  const std::uint32_t entries = r.u32();
  if (entries > r.remaining() / 2) return invalid("truncated gazetteer");
  std::uint32_t key = 0;
  for (std::uint32_t i = 0; i < entries; ++i) {
    key += r.varint();
    model.gazetteer.add(key, r.varint());
  }
  model.gazetteer.finish();
  if (const std::uint32_t levels = r.u32(); levels > 0) {
    if (levels > WordClasses::kMaxLevels) return invalid("too many word class levels");
    std::vector<std::uint32_t> sizes(levels);
    for (auto& k : sizes) k = r.u32();
    if (sizes[0] > r.remaining()) return invalid("truncated word classes");
    std::vector<std::uint32_t> parents(static_cast<std::size_t>(sizes[0]) * (levels - 1));
    for (std::size_t i = 0; i < parents.size(); ++i) {
      parents[i] = r.varint();
      if (parents[i] >= sizes[1 + i % (levels - 1)]) return invalid("a word class out of range");
    }
    const std::uint32_t words = r.u32();
    if (words > r.remaining() / 2) return invalid("truncated word classes");
    std::vector<std::uint32_t> word_keys(words);
    key = 0;
    for (auto& k : word_keys) k = key += r.varint();
    for (const auto k : word_keys) {
      const std::uint32_t fine = r.varint();
      if (fine >= sizes[0]) return invalid("a word class out of range");
      model.classes.add(k, fine);
    }
    model.classes.set_levels(std::move(sizes), std::move(parents));
    model.classes.finish();
  }
  const std::uint32_t features = r.u32();
  if (features > r.remaining() / 2) return invalid("truncated feature table");
  std::vector<std::uint32_t> keys(features);
  key = 0;
  for (auto& k : keys) k = key += r.varint();
  std::vector<std::int16_t> weights(static_cast<std::size_t>(features) * kTagCount);
  const std::string_view bitmap = r.bytes((weights.size() + 7) / 8);
  std::size_t count = 0;
  for (const char c : bitmap)
    count += static_cast<std::size_t>(std::popcount(static_cast<unsigned char>(c)));
  const std::string_view high = r.bytes(count), low = r.bytes(count);
  if (r.failed()) return invalid("truncated feature weights");
  std::size_t next = 0;
  for (std::size_t bit = 0; bit < weights.size(); ++bit) {
    if (!(static_cast<unsigned char>(bitmap[bit / 8]) & (1u << (bit % 8)))) continue;
    const auto v = static_cast<std::uint16_t>(static_cast<unsigned char>(high[next]) << 8 |
                                              static_cast<unsigned char>(low[next]));
    ++next;
    const std::size_t t = bit / features, f = bit % features;
    weights[f * kTagCount + t] = unzigzag(v);
  }
  if (r.failed() || r.remaining() != 0) return invalid("truncated or trailing bytes");
  model.set_features(std::move(keys), std::move(weights));
  return model;
}

}  // namespace presslens::nlp
