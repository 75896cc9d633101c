#include "input/zip.hpp"

#include <algorithm>
#include <array>

#include "input/inflate.hpp"

namespace presslens::input {
namespace {

constexpr std::uint32_t kEndOfDirectory = 0x06054b50;
constexpr std::uint32_t kDirectoryEntry = 0x02014b50;
constexpr std::uint32_t kLocalHeader = 0x04034b50;
constexpr std::size_t kEndRecordSize = 22;
constexpr std::size_t kMaxComment = 0xFFFF;

std::uint32_t le(std::string_view bytes, std::size_t at, int size) {
  std::uint32_t value = 0;
  for (int i = size - 1; i >= 0; --i)
    value = (value << 8) | static_cast<unsigned char>(bytes[at + static_cast<std::size_t>(i)]);
  return value;
}

Error damaged(std::string what) {
  return Error{ErrorCode::undecodable, "the ZIP archive is damaged: " + std::move(what)};
}

// "64 MB", "1,000 bytes".
std::string size_text(std::size_t n) {
  if (n >= (std::size_t{1} << 20)) return std::to_string(n >> 20) + " MB";
  std::string digits = std::to_string(n);
  for (std::size_t i = digits.size(); i > 3; i -= 3) digits.insert(i - 3, ",");
  return digits + " bytes";
}

}  // namespace

std::uint32_t crc32(std::string_view bytes) {
  static const auto table = [] {
    std::array<std::uint32_t, 256> t{};
    for (std::uint32_t n = 0; n < 256; ++n) {
      std::uint32_t c = n;
      for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
      t[n] = c;
    }
    return t;
  }();
  std::uint32_t c = 0xFFFFFFFFu;
  for (const char b : bytes) c = table[(c ^ static_cast<unsigned char>(b)) & 0xFF] ^ (c >> 8);
  return c ^ 0xFFFFFFFFu;
}

Result<ZipArchive> ZipArchive::open(std::string_view bytes, ZipLimits limits) {
  if (bytes.size() < kEndRecordSize) return damaged("it is too short");
  // The end record sits in the last 22 bytes plus a comment of up to 64 KB.
  std::size_t end = std::string_view::npos;
  const std::size_t lowest =
      bytes.size() > kEndRecordSize + kMaxComment ? bytes.size() - kEndRecordSize - kMaxComment : 0;
  for (std::size_t at = bytes.size() - kEndRecordSize + 1; at-- > lowest;) {
    if (le(bytes, at, 4) == kEndOfDirectory) {
      end = at;
      break;
    }
  }
  if (end == std::string_view::npos) return damaged("its directory is missing (cut short?)");
  if (le(bytes, end + 4, 2) != 0 || le(bytes, end + 6, 2) != 0)
    return Error{ErrorCode::undecodable, "archives split over several files are not read"};
  const std::size_t count = le(bytes, end + 10, 2);
  const std::size_t directory_size = le(bytes, end + 12, 4);
  const std::size_t directory = le(bytes, end + 16, 4);
  if (count == 0xFFFF || directory == 0xFFFFFFFF)
    return Error{ErrorCode::undecodable, "ZIP64 archives (over 4 GB or 65,535 files) are not read"};
  if (directory > end || directory_size > end - directory)
    return damaged("its directory points outside the file");
  if (count > limits.max_entries)
    return Error{ErrorCode::too_complex,
                 "the archive holds more than " + std::to_string(limits.max_entries) + " files"};
  ZipArchive archive;
  archive.bytes_ = bytes;
  archive.limits_ = limits;
  std::size_t at = directory;
  for (std::size_t i = 0; i < count; ++i) {
    if (end - at < 46 || le(bytes, at, 4) != kDirectoryEntry)
      return damaged("entry " + std::to_string(i + 1) + " of its directory is unreadable");
    ZipEntry e;
    e.flags = static_cast<std::uint16_t>(le(bytes, at + 8, 2));
    e.method = static_cast<std::uint16_t>(le(bytes, at + 10, 2));
    e.crc = le(bytes, at + 16, 4);
    e.compressed_size = le(bytes, at + 20, 4);
    e.size = le(bytes, at + 24, 4);
    const std::size_t name_length = le(bytes, at + 28, 2);
    const std::size_t extra_length = le(bytes, at + 30, 2);
    const std::size_t comment_length = le(bytes, at + 32, 2);
    e.local_header = le(bytes, at + 42, 4);
    if (end - at - 46 < name_length + extra_length + comment_length)
      return damaged("entry " + std::to_string(i + 1) + " of its directory is cut short");
    e.name = std::string(bytes.substr(at + 46, name_length));
    at += 46 + name_length + extra_length + comment_length;
    archive.entries_.push_back(std::move(e));
  }
  return archive;
}

const ZipEntry* ZipArchive::find(std::string_view name) const {
  for (const auto& e : entries_) {
    if (e.name == name) return &e;
  }
  return nullptr;
}

Result<std::string> ZipArchive::read(const ZipEntry& e) {
  const std::string which = "\"" + e.name + "\"";
  if (e.flags & 1u)
    return Error{ErrorCode::undecodable, "the document is password-protected (encrypted)"};
  if (e.method != 0 && e.method != 8)
    return Error{ErrorCode::undecodable,
                 which + " is compressed in a way Presslens does not read (method " +
                     std::to_string(e.method) + ")"};
  if (e.compressed_size == 0xFFFFFFFF || e.size == 0xFFFFFFFF)
    return Error{ErrorCode::undecodable, "ZIP64 archives (over 4 GB) are not read"};
  const std::size_t header = e.local_header;
  if (header > bytes_.size() || bytes_.size() - header < 30 ||
      le(bytes_, header, 4) != kLocalHeader)
    return damaged(which + " is not where its directory says");
  const std::size_t data = header + 30 + le(bytes_, header + 26, 2) + le(bytes_, header + 28, 2);
  if (data > bytes_.size() || bytes_.size() - data < e.compressed_size)
    return damaged(which + " is cut short");
  const auto compressed = bytes_.substr(data, e.compressed_size);
  // The bound: what is left of the archive's budget, and the ratio cap past 1 MB.
  const std::size_t budget =
      limits_.max_total_bytes - std::min(read_so_far_, limits_.max_total_bytes);
  const std::size_t by_ratio =
      std::max<std::size_t>(std::size_t{1} << 20, compressed.size() * limits_.max_ratio);
  const std::size_t bound = std::min(budget, by_ratio);
  std::string out;
  if (e.method == 0) {
    if (compressed.size() > bound)
      return Error{ErrorCode::file_too_large,
                   which + " is too large (more than " + size_text(limits_.max_total_bytes) + ")"};
    out = std::string(compressed);
  } else {
    auto inflated = inflate(compressed, bound);
    if (inflated.status == InflateStatus::corrupt) return damaged(which + " does not decompress");
    if (inflated.status == InflateStatus::too_large) {
      if (bound == by_ratio)
        return Error{ErrorCode::file_too_large,
                     which + " expands more than " + std::to_string(limits_.max_ratio) +
                         " times its compressed size (a zip bomb?); it is not read"};
      return Error{ErrorCode::file_too_large, "the archive expands to more than " +
                                                  size_text(limits_.max_total_bytes) +
                                                  "; it is not read"};
    }
    out = std::move(inflated.bytes);
  }
  if (out.size() != e.size || crc32(out) != e.crc) return damaged(which + " fails its checksum");
  read_so_far_ += out.size();
  return out;
}

}  // namespace presslens::input
