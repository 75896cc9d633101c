// A plain DEFLATE decoder after RFC 1951: stored, fixed-Huffman and
// dynamic-Huffman blocks, canonical codes decoded by counting (as in Mark
// Adler's puff.c, the reference's approach: small, no tables to build beyond
// the code lengths). Every read is bounds-checked; the output is capped.
#include "input/inflate.hpp"

#include <array>
#include <cstdint>

namespace presslens::input {
namespace {

constexpr int kMaxBits = 15;
constexpr int kMaxLiteralCodes = 286;
constexpr int kMaxDistanceCodes = 30;

struct Corrupt {};
struct TooLarge {};

class BitReader {
 public:
  explicit BitReader(std::string_view in) : in_(in) {}

  int bits(int count) {
    std::uint32_t value = buffer_;
    while (count_ < count) {
      if (pos_ >= in_.size()) throw Corrupt{};
      value |= static_cast<std::uint32_t>(static_cast<unsigned char>(in_[pos_++])) << count_;
      count_ += 8;
    }
    buffer_ = value >> count;
    count_ -= count;
    return static_cast<int>(value & ((1u << count) - 1));
  }
  void align() {
    buffer_ = 0;
    count_ = 0;
  }
  std::string_view take(std::size_t n) {
    if (in_.size() - pos_ < n) throw Corrupt{};
    const auto out = in_.substr(pos_, n);
    pos_ += n;
    return out;
  }

 private:
  std::string_view in_;
  std::size_t pos_ = 0;
  std::uint32_t buffer_ = 0;
  int count_ = 0;
};

// A canonical Huffman code: how many codes of each length, and the symbols
// in code order.
struct Huffman {
  std::array<std::int16_t, kMaxBits + 1> count{};
  std::array<std::int16_t, 288> symbol{};  // room for the fixed code's 288
};

// Builds `h` from code lengths; false when the lengths over-subscribe.
bool build(Huffman& h, const std::int16_t* lengths, int n) {
  h.count.fill(0);
  for (int s = 0; s < n; ++s) ++h.count[static_cast<std::size_t>(lengths[s])];
  if (h.count[0] == n) return true;  // no codes: only an error if used
  int left = 1;
  for (int len = 1; len <= kMaxBits; ++len) {
    left <<= 1;
    left -= h.count[static_cast<std::size_t>(len)];
    if (left < 0) return false;
  }
  std::array<std::int16_t, kMaxBits + 1> offsets{};
  for (int len = 1; len < kMaxBits; ++len)
    offsets[static_cast<std::size_t>(len + 1)] = static_cast<std::int16_t>(
        offsets[static_cast<std::size_t>(len)] + h.count[static_cast<std::size_t>(len)]);
  for (int s = 0; s < n; ++s) {
    if (lengths[s] != 0)
      h.symbol[static_cast<std::size_t>(offsets[static_cast<std::size_t>(lengths[s])]++)] =
          static_cast<std::int16_t>(s);
  }
  return true;
}

int decode(BitReader& in, const Huffman& h) {
  int code = 0, first = 0, index = 0;
  for (int len = 1; len <= kMaxBits; ++len) {
    code |= in.bits(1);
    const int count = h.count[static_cast<std::size_t>(len)];
    if (code - count < first) return h.symbol[static_cast<std::size_t>(index + (code - first))];
    index += count;
    first += count;
    first <<= 1;
    code <<= 1;
  }
  throw Corrupt{};
}

constexpr std::array<std::int16_t, 29> kLengthBase{3,  4,  5,  6,   7,   8,   9,   10,  11, 13,
                                                   15, 17, 19, 23,  27,  31,  35,  43,  51, 59,
                                                   67, 83, 99, 115, 131, 163, 195, 227, 258};
constexpr std::array<std::int16_t, 29> kLengthExtra{0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2,
                                                    2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
constexpr std::array<std::int32_t, 30> kDistanceBase{
    1,   2,   3,   4,   5,   7,    9,    13,   17,   25,   33,   49,   65,    97,    129,
    193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
constexpr std::array<std::int16_t, 30> kDistanceExtra{0, 0, 0,  0,  1,  1,  2,  2,  3,  3,
                                                      4, 4, 5,  5,  6,  6,  7,  7,  8,  8,
                                                      9, 9, 10, 10, 11, 11, 12, 12, 13, 13};

class Inflater {
 public:
  Inflater(std::string_view in, std::size_t max_output) : in_(in), max_(max_output) {}

  void run(std::string& out) {
    out_ = &out;
    for (bool last = false; !last;) {
      last = in_.bits(1) == 1;
      switch (in_.bits(2)) {
        case 0:
          stored();
          break;
        case 1:
          fixed();
          break;
        case 2:
          dynamic();
          break;
        default:
          throw Corrupt{};
      }
    }
  }

 private:
  void put(char c) {
    if (out_->size() >= max_) throw TooLarge{};
    out_->push_back(c);
  }

  void stored() {
    in_.align();
    const auto header = in_.take(4);
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(header[i]); };
    const unsigned len = byte(0) | (byte(1) << 8u);
    const unsigned nlen = byte(2) | (byte(3) << 8u);
    if (len != (~nlen & 0xFFFFu)) throw Corrupt{};
    const auto data = in_.take(len);
    if (out_->size() + data.size() > max_) throw TooLarge{};
    out_->append(data);
  }

  void codes(const Huffman& literals, const Huffman& distances) {
    for (;;) {
      int symbol = decode(in_, literals);
      if (symbol < 256) {
        put(static_cast<char>(symbol));
        continue;
      }
      if (symbol == 256) return;
      symbol -= 257;
      if (symbol >= 29) throw Corrupt{};
      const std::size_t length =
          static_cast<std::size_t>(kLengthBase[static_cast<std::size_t>(symbol)] +
                                   in_.bits(kLengthExtra[static_cast<std::size_t>(symbol)]));
      const int d = decode(in_, distances);
      if (d >= 30) throw Corrupt{};
      const std::size_t distance =
          static_cast<std::size_t>(kDistanceBase[static_cast<std::size_t>(d)] +
                                   in_.bits(kDistanceExtra[static_cast<std::size_t>(d)]));
      if (distance > out_->size()) throw Corrupt{};
      if (out_->size() + length > max_) throw TooLarge{};
      const std::size_t from = out_->size() - distance;
      for (std::size_t i = 0; i < length; ++i) out_->push_back((*out_)[from + i]);
    }
  }

  void fixed() {
    static const auto tables = [] {
      std::pair<Huffman, Huffman> t;
      std::array<std::int16_t, 288> lengths{};
      for (std::size_t s = 0; s < 288; ++s)
        lengths[s] = s < 144 ? 8 : s < 256 ? 9 : s < 280 ? 7 : 8;
      build(t.first, lengths.data(), 288);
      std::array<std::int16_t, kMaxDistanceCodes> distances{};
      distances.fill(5);
      build(t.second, distances.data(), kMaxDistanceCodes);
      return t;
    }();
    codes(tables.first, tables.second);
  }

  void dynamic() {
    const int nlen = in_.bits(5) + 257;
    const int ndist = in_.bits(5) + 1;
    const int ncode = in_.bits(4) + 4;
    if (nlen > kMaxLiteralCodes || ndist > kMaxDistanceCodes) throw Corrupt{};
    static constexpr std::array<std::uint8_t, 19> kOrder{16, 17, 18, 0, 8,  7, 9,  6, 10, 5,
                                                         11, 4,  12, 3, 13, 2, 14, 1, 15};
    std::array<std::int16_t, kMaxLiteralCodes + kMaxDistanceCodes> lengths{};
    for (int i = 0; i < ncode; ++i)
      lengths[kOrder[static_cast<std::size_t>(i)]] = static_cast<std::int16_t>(in_.bits(3));
    Huffman lencode;
    if (!build(lencode, lengths.data(), 19)) throw Corrupt{};
    lengths.fill(0);
    for (int index = 0; index < nlen + ndist;) {
      int symbol = decode(in_, lencode);
      if (symbol < 16) {
        lengths[static_cast<std::size_t>(index++)] = static_cast<std::int16_t>(symbol);
        continue;
      }
      std::int16_t repeated = 0;
      int times = 0;
      if (symbol == 16) {
        if (index == 0) throw Corrupt{};
        repeated = lengths[static_cast<std::size_t>(index - 1)];
        times = 3 + in_.bits(2);
      } else if (symbol == 17) {
        times = 3 + in_.bits(3);
      } else {
        times = 11 + in_.bits(7);
      }
      if (index + times > nlen + ndist) throw Corrupt{};
      while (times--) lengths[static_cast<std::size_t>(index++)] = repeated;
    }
    if (lengths[256] == 0) throw Corrupt{};  // no end-of-block code
    Huffman literals, distances;
    if (!build(literals, lengths.data(), nlen)) throw Corrupt{};
    if (!build(distances, lengths.data() + nlen, ndist)) throw Corrupt{};
    codes(literals, distances);
  }

  BitReader in_;
  std::size_t max_;
  std::string* out_ = nullptr;
};

}  // namespace

Inflated inflate(std::string_view compressed, std::size_t max_output) {
  Inflated result;
  try {
    Inflater(compressed, max_output).run(result.bytes);
  } catch (const Corrupt&) {
    result.status = InflateStatus::corrupt;
  } catch (const TooLarge&) {
    result.status = InflateStatus::too_large;
  }
  return result;
}

}  // namespace presslens::input
