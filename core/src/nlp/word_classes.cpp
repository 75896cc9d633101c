#include "nlp/word_classes.hpp"

#include <algorithm>
#include <charconv>
#include <string>

#include "nlp/gazetteer.hpp"
#include "text/case.hpp"

namespace presslens::nlp {
namespace {

Error invalid(const std::string& why) {
  return Error{ErrorCode::invalid_argument, "not a valid word class table: " + why};
}

std::vector<std::string_view> split(std::string_view line, char separator) {
  std::vector<std::string_view> out;
  std::size_t pos = 0;
  while (true) {
    const auto end = line.find(separator, pos);
    out.push_back(line.substr(pos, end == std::string_view::npos ? end : end - pos));
    if (end == std::string_view::npos) return out;
    pos = end + 1;
  }
}

bool parse_number(std::string_view text, std::uint32_t& out) {
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), out);
  return error == std::errc() && end == text.data() + text.size();
}

}  // namespace

void WordClasses::set_levels(std::vector<std::uint32_t> levels,
                             std::vector<std::uint32_t> parents) {
  levels_ = std::move(levels);
  parents_ = std::move(parents);
}

void WordClasses::add(std::uint32_t key, std::uint32_t fine) {
  entries_.emplace_back(key, fine);
}

void WordClasses::finish() {
  // The first entry of a key wins (the more frequent word, in file order).
  // A model file's keys come sorted; a word class table's do not.
  const auto by_key = [](const auto& a, const auto& b) { return a.first < b.first; };
  if (!std::is_sorted(entries_.begin(), entries_.end(), by_key)) {
    std::stable_sort(entries_.begin(), entries_.end(), by_key);
  }
  entries_.erase(std::unique(entries_.begin(), entries_.end(),
                             [](const auto& a, const auto& b) { return a.first == b.first; }),
                 entries_.end());
  std::uint32_t size = 16;
  while (size < entries_.size() * 2) size <<= 1;
  mask_ = size - 1;
  slot_keys_.assign(size, 0);
  slot_classes_.assign(size, 0);
  for (const auto& [key, fine] : entries_) {
    std::uint32_t slot = text::slot_of(key, mask_);
    while (slot_keys_[slot] != 0) slot = (slot + 1) & mask_;
    slot_keys_[slot] = key;
    slot_classes_[slot] = fine;
  }
}

Result<WordClasses> parse_word_classes(std::string_view table) {
  constexpr std::string_view kHeader = "# word classes:";
  const auto first_end = table.find('\n');
  const std::string_view header = table.substr(0, first_end);
  if (!header.starts_with(kHeader)) return invalid("no \"# word classes:\" line");
  std::vector<std::uint32_t> levels;
  for (const auto part : split(header.substr(kHeader.size()), ' ')) {
    if (part.empty()) continue;
    std::uint32_t k = 0;
    if (!parse_number(part, k) || k == 0) return invalid("a bad class count");
    levels.push_back(k);
  }
  if (levels.empty() || levels.size() > WordClasses::kMaxLevels) return invalid("1 to 4 levels");
  const std::size_t coarser = levels.size() - 1;
  std::vector<std::uint32_t> parents(levels[0] * coarser, WordClasses::kNone);
  WordClasses classes;
  std::size_t pos = first_end == std::string_view::npos ? table.size() : first_end + 1;
  std::size_t line_number = 1;
  while (pos < table.size()) {
    auto end = table.find('\n', pos);
    if (end == std::string_view::npos) end = table.size();
    const std::string_view line = table.substr(pos, end - pos);
    pos = end + 1;
    ++line_number;
    if (line.empty()) continue;
    const auto fields = split(line, '\t');
    const std::string where = " (line " + std::to_string(line_number) + ")";
    if (fields.size() != levels.size() + 1 || fields[0].empty())
      return invalid("a line without a word and one class per level" + where);
    std::uint32_t ids[WordClasses::kMaxLevels];
    for (std::size_t l = 0; l < levels.size(); ++l) {
      if (!parse_number(fields[l + 1], ids[l]) || ids[l] >= levels[l])
        return invalid("a class out of range" + where);
    }
    for (std::size_t l = 1; l < levels.size(); ++l) {
      auto& parent = parents[ids[0] * coarser + l - 1];
      if (parent != WordClasses::kNone && parent != ids[l])
        return invalid("levels that are not nested" + where);
      parent = ids[l];
    }
    classes.add(entry_key({text::lower(fields[0])}), ids[0]);
  }
  for (auto& parent : parents) {
    if (parent == WordClasses::kNone) parent = 0;  // a fine class without words
  }
  classes.set_levels(std::move(levels), std::move(parents));
  classes.finish();
  return classes;
}

}  // namespace presslens::nlp
