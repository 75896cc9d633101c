#include "clean/headline.hpp"

#include <array>

namespace presslens::clean {
namespace {

constexpr std::size_t kTitleLookBack = 12;

bool headline_shaped(const Evidence& e) {
  const auto& f = e.features;
  if (f.words < 2 || f.words > 30 || f.link_like || f.dateish) return false;
  if (e.furniture != Furniture::none || e.appeal > 0 || e.truncated || e.recurs_in > 0)
    return false;
  if (f.letters < f.digits) return false;  // mostly digits: a date
  const std::string_view text = f.folded;
  if (text.starts_with("by ") || text.starts_with("von ") || text.starts_with("por ")) return false;
  if (f.words > 12 && text.find(". ") != text.npos) return false;  // two sentences: prose
  return !f.ends_sentence || text.ends_with("?") || text.ends_with("!");
}

bool is_dash(std::string_view s, std::size_t at, std::size_t& width) {
  if (s.substr(at, 1) == "-") return width = 1, true;
  if (s.substr(at, 3) == "\xE2\x80\x94" || s.substr(at, 3) == "\xE2\x80\x93")
    return width = 3, true;
  return false;
}

}  // namespace

std::optional<std::size_t> find_title(const std::vector<Block>& blocks,
                                      const DocumentEvidence& evidence, const Region& region) {
  if (region.begin == region.end) return std::nullopt;
  std::optional<std::size_t> best;
  const std::size_t stop = region.begin > kTitleLookBack ? region.begin - kTitleLookBack : 0;
  for (std::size_t i = region.begin; i-- > stop;) {
    if (blocks[i].kept || !headline_shaped(evidence[i])) continue;
    if (!best || evidence[i].features.words > evidence[*best].features.words) best = i;
  }
  return best;
}

std::optional<Dateline> find_dateline(std::string_view p) {
  // The place: upper-case letters, spaces, dots, commas, apostrophes (at most 40 bytes).
  std::size_t i = 0;
  int upper = 0;
  while (i < p.size() && i < 40) {
    const unsigned char c = static_cast<unsigned char>(p[i]);
    if (c >= 'A' && c <= 'Z') {
      ++upper;
    } else if (c >= 0x80) {
      // Accept non-ASCII letters in capitals only as part of a longer name (SÃO PAULO).
      if (upper == 0) return std::nullopt;
    } else if (c != ' ' && c != '.' && c != ',' && c != '\'') {
      break;
    }
    ++i;
  }
  if (upper < 3) return std::nullopt;
  std::size_t place_end = i;
  while (place_end > 0 && (p[place_end - 1] == ' ' || p[place_end - 1] == ',')) --place_end;
  // An optional agency in brackets: "(AP)", "(Reuters)".
  if (i < p.size() && p[i] == '(') {
    const auto close = p.find(')', i);
    if (close == p.npos || close - i > 20) return std::nullopt;
    i = close + 1;
    while (i < p.size() && p[i] == ' ') ++i;
  }
  std::size_t width = 0;
  if (i >= p.size() || !is_dash(p, i, width)) return std::nullopt;
  // The place must be followed by " - " and then the sentence.
  if (i == 0 || p[i - 1] != ' ' || i + width >= p.size() || p[i + width] != ' ')
    return std::nullopt;
  Dateline d;
  d.place = std::string(p.substr(0, place_end));
  d.length = i + width;
  d.skip = i + width + 1;
  if (d.place.find(' ') != d.place.npos && d.place.size() > 30) return std::nullopt;
  return d;
}

std::optional<std::string> find_credit(std::string_view line, const BlockFeatures& f) {
  if (f.words < 1 || f.words > 6 || f.ends_sentence) return std::nullopt;
  constexpr std::string_view kLeads[]{"parts from ",
                                      "part from ",
                                      "with ",
                                      "source: ",
                                      "sources: ",
                                      "source ",
                                      "additional reporting by ",
                                      "reporting by ",
                                      "text: ",
                                      "quelle: ",
                                      "fonte: ",
                                      "fuente: "};
  const std::string_view folded = f.folded;
  for (auto lead : kLeads) {
    if (!folded.starts_with(lead) || folded.size() != line.size()) continue;
    std::string_view rest = line.substr(lead.size());
    if (rest.empty() || !(rest[0] >= 'A' && rest[0] <= 'Z')) continue;
    return std::string(rest);
  }
  return std::nullopt;
}

}  // namespace presslens::clean
