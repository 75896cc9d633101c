// The identity stage's tables of keys and their groups (identity/postings.hpp).
#include <doctest/doctest.h>

#include <cstdint>
#include <vector>

#include "identity/postings.hpp"

using namespace presslens::identity;

namespace {

std::vector<Group32> listed(const PostingLists& lists, std::uint32_t number) {
  const Postings p = lists.at(number);
  return {p.begin(), p.end()};
}

}  // namespace

TEST_CASE("keys are numbered in the order first seen, and found again as the table grows") {
  KeyTable table;
  CHECK(table.find(42) == KeyTable::kNone);
  // Keys that differ only in their high bits, and zero.
  std::vector<std::uint64_t> keys{0};
  for (std::uint64_t k = 1; k < 20000; ++k) keys.push_back(k << 40 | (k & 7));
  std::size_t wrong = 0;
  for (std::size_t i = 0; i < keys.size(); ++i) wrong += table.number(keys[i]) == i ? 0 : 1;
  CHECK(wrong == 0);
  CHECK(table.size() == keys.size());
  for (std::size_t i = 0; i < keys.size(); ++i) {
    wrong += table.number(keys[i]) == i ? 0 : 1;  // numbered once
    wrong += table.find(keys[i]) == i ? 0 : 1;
  }
  CHECK(wrong == 0);
  CHECK(table.size() == keys.size());
  CHECK(table.find(7) == KeyTable::kNone);
}

TEST_CASE("a key's groups are listed in increasing order, each once") {
  PostingLists lists;
  lists.resize(3);
  CHECK(lists.at(0).empty());
  lists.add(0, 7);
  CHECK(listed(lists, 0) == std::vector<Group32>{7});
  lists.add(0, 7);
  CHECK(listed(lists, 0) == std::vector<Group32>{7});
  lists.add(0, 3);
  lists.add(0, 9);
  lists.add(0, 5);
  lists.add(0, 9);
  CHECK(listed(lists, 0) == std::vector<Group32>{3, 5, 7, 9});
  lists.add(2, 1);
  lists.add(2, 0);
  CHECK(listed(lists, 2) == std::vector<Group32>{0, 1});
  CHECK(lists.at(1).empty());
  // Entries added later leave the lists as they were.
  lists.resize(100000);
  lists.add(99999, 4);
  CHECK(listed(lists, 0) == std::vector<Group32>{3, 5, 7, 9});
  CHECK(listed(lists, 99999) == std::vector<Group32>{4});
}
