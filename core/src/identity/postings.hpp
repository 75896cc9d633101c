// The tables the identity stage finds candidate groups in: a name's keys
// (hashes of its spellings, some 40 a name) each list the groups that
// share it. Most keys of a page of different people are one group's own, so
// a key costs a small record and its one group is held inline; a hash
// table of nodes and a list per key cost some 95 bytes a key.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <span>
#include <vector>

namespace presslens::identity {

// A group's number in a table of postings (a text has far fewer than 2^32).
using Group32 = std::uint32_t;
// The groups listed under a key, in increasing order.
using Postings = std::span<const Group32>;

// Keys (64-bit hashes) numbered 0, 1, 2, ... in the order they are first
// seen: open addressing, 12 bytes a slot and at most 3 in 4 used.
class KeyTable {
 public:
  static constexpr std::uint32_t kNone = UINT32_MAX;

  // The key's number, given it the next number if it has none.
  std::uint32_t number(std::uint64_t key);
  // The key's number, or kNone.
  std::uint32_t find(std::uint64_t key) const;
  std::size_t size() const { return size_; }

 private:
  std::size_t home(std::uint64_t key) const;
  void grow();

  // Slot i: keys_[i] numbered numbers_[i], or empty when that is kNone.
  std::vector<std::uint64_t> keys_;
  std::vector<std::uint32_t> numbers_;
  std::size_t size_ = 0;
};

// For each number (a key's), the groups listed under it in increasing
// order, each once: the first inline, more in a list of their own. In a
// deque: growing never holds the entries twice.
class PostingLists {
 public:
  void resize(std::size_t numbers) { entries_.resize(numbers); }
  std::size_t size() const { return entries_.size(); }
  void add(std::uint32_t number, std::size_t group);
  // The groups under `number`; valid until the next add() or resize().
  Postings at(std::uint32_t number) const;

 private:
  struct Entry {
    Group32 first = 0;
    std::uint32_t more = 0;  // 0: no group; 1: `first` only; k + 2: lists_[k]
  };
  std::deque<Entry> entries_;
  std::vector<std::vector<Group32>> lists_;
};

}  // namespace presslens::identity
