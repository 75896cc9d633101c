// ZIP archives as Office documents use them: the central directory read,
// entries stored or deflated, each checked by its CRC-32, and every read
// bounded (zip bombs: a cap on each entry's expansion ratio and on the bytes
// an archive may give in all). ZIP64, encryption and multi-disk archives are
// refused with a clear message.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "presslens/error.hpp"

namespace presslens::input {

struct ZipEntry {
  std::string name;
  std::uint16_t method = 0;  // 0 stored, 8 deflated
  std::uint16_t flags = 0;
  std::uint32_t crc = 0;
  std::uint32_t compressed_size = 0;
  std::uint32_t size = 0;
  std::uint32_t local_header = 0;
};

struct ZipLimits {
  std::size_t max_entries = 20000;
  std::size_t max_total_bytes = std::size_t{64} << 20;  // all entries read, inflated
  std::size_t max_ratio = 200;                          // inflated / compressed, past 1 MB
};

class ZipArchive {
 public:
  // The archive's directory; an Error when `bytes` is no ZIP archive Presslens
  // can read. `bytes` must outlive the archive.
  static Result<ZipArchive> open(std::string_view bytes, ZipLimits limits = {});
  // A temporary would be gone before the archive is read.
  static Result<ZipArchive> open(std::string&& bytes, ZipLimits limits = {}) = delete;

  const std::vector<ZipEntry>& entries() const { return entries_; }
  const ZipEntry* find(std::string_view name) const;

  // The entry's bytes, inflated and checked; an Error when it is damaged or
  // passes the limits.
  Result<std::string> read(const ZipEntry& entry);

 private:
  std::string_view bytes_;
  ZipLimits limits_;
  std::vector<ZipEntry> entries_;
  std::size_t read_so_far_ = 0;
};

// CRC-32 (the ZIP and gzip one).
std::uint32_t crc32(std::string_view bytes);

}  // namespace presslens::input
