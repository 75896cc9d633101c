// Acronyms that news writes without spelling them out, with the one name
// each stands for there. Across articles an acronym joins a long name by its
// initials only when the pair is listed here: unlisted, "CNN" would join
// "Convolutional Neural Networks" and "DC" the "Dallas Cowboys" of another
// article. Within an article the article's own use is the evidence
// (cluster.cpp). Each line's initials are its name's (a unit test checks).
#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "identity/names.hpp"

namespace presslens::identity {
namespace {

constexpr std::pair<std::string_view, std::string_view> kKnownAcronyms[]{
    // Places
    {"U.S.", "United States"},
    {"U.K.", "United Kingdom"},
    {"UAE", "United Arab Emirates"},
    {"EU", "European Union"},
    {"NYC", "New York City"},
    {"L.A.", "Los Angeles"},
    {"N.H.", "New Hampshire"},
    {"N.J.", "New Jersey"},
    {"N.M.", "New Mexico"},
    {"N.Y.", "New York"},
    {"N.C.", "North Carolina"},
    {"N.D.", "North Dakota"},
    {"R.I.", "Rhode Island"},
    {"S.C.", "South Carolina"},
    {"S.D.", "South Dakota"},
    {"WH", "White House"},
    // International bodies
    {"UN", "United Nations"},
    {"UNDP", "United Nations Development Programme"},
    {"UNSC", "United Nations Security Council"},
    {"NATO", "North Atlantic Treaty Organization"},
    {"WHO", "World Health Organization"},
    {"WTO", "World Trade Organization"},
    {"WFP", "World Food Programme"},
    {"IMF", "International Monetary Fund"},
    {"ECB", "European Central Bank"},
    {"IAEA", "International Atomic Energy Agency"},
    {"ICC", "International Criminal Court"},
    {"PLO", "Palestine Liberation Organization"},
    {"ANC", "African National Congress"},
    {"SNP", "Scottish National Party"},
    {"CDU", "Christian Democratic Union"},
    // United States government
    {"CIA", "Central Intelligence Agency"},
    {"NSA", "National Security Agency"},
    {"NSC", "National Security Council"},
    {"IRS", "Internal Revenue Service"},
    {"EPA", "Environmental Protection Agency"},
    {"FEC", "Federal Election Commission"},
    {"FCC", "Federal Communications Commission"},
    {"FTC", "Federal Trade Commission"},
    {"FAA", "Federal Aviation Administration"},
    {"FEMA", "Federal Emergency Management Agency"},
    {"TSA", "Transportation Security Administration"},
    {"DEA", "Drug Enforcement Administration"},
    {"NTSB", "National Transportation Safety Board"},
    {"CBO", "Congressional Budget Office"},
    {"GAO", "Government Accountability Office"},
    {"DOJ", "Department of Justice"},
    {"DOD", "Department of Defense"},
    {"DOE", "Department of Energy"},
    {"DOT", "Department of Transportation"},
    {"IG", "Inspector General"},
    // Laws and programmes
    {"ACA", "Affordable Care Act"},
    {"NCLB", "No Child Left Behind"},
    {"ERA", "Equal Rights Amendment"},
    {"TPP", "Trans-Pacific Partnership"},
    {"NAFTA", "North American Free Trade Agreement"},
    // Parties, campaigns, unions and lobbies
    {"RNC", "Republican National Committee"},
    {"DNC", "Democratic National Committee"},
    {"DCCC", "Democratic Congressional Campaign Committee"},
    {"NRCC", "National Republican Congressional Committee"},
    {"RGA", "Republican Governors Association"},
    {"NRA", "National Rifle Association"},
    {"ACLU", "American Civil Liberties Union"},
    {"SEIU", "Service Employees International Union"},
    {"UAW", "United Auto Workers"},
    {"NEA", "National Education Association"},
    {"BLM", "Black Lives Matter"},
    // News organisations
    {"AP", "Associated Press"},
    {"AFP", "Agence France-Presse"},
    {"UPI", "United Press International"},
    {"BBC", "British Broadcasting Corporation"},
    {"CNN", "Cable News Network"},
    {"NBC", "National Broadcasting Company"},
    {"ABC", "American Broadcasting Company"},
    {"CBS", "Columbia Broadcasting System"},
    {"NPR", "National Public Radio"},
    {"PBS", "Public Broadcasting Service"},
    {"WSJ", "Wall Street Journal"},
    {"NYT", "New York Times"},
    // Companies and leagues
    {"GE", "General Electric"},
    {"IBM", "International Business Machines"},
    {"HP", "Hewlett Packard"},
    {"NFL", "National Football League"},
    {"NBA", "National Basketball Association"},
    {"MLB", "Major League Baseball"},
    {"NHL", "National Hockey League"},
    {"NCAA", "National Collegiate Athletic Association"},
};

// (acronym letters, the name's words), sorted.
using Entry = std::pair<std::string, std::vector<std::string>>;

const std::vector<Entry>& known_table() {
  static const std::vector<Entry> table = [] {
    std::vector<Entry> out;
    for (const auto& [acronym, name] : kKnownAcronyms) {
      out.emplace_back(acronym_letters(acronym), parse_name(name).words);
    }
    std::sort(out.begin(), out.end());
    return out;
  }();
  return table;
}

}  // namespace

bool known_acronym(const NameParts& acronym, const NameParts& name) {
  if (acronym.acronym.empty() || name.words.size() < 2) return false;
  const auto& table = known_table();
  auto it = std::lower_bound(table.begin(), table.end(), acronym.acronym,
                             [](const Entry& e, const std::string& key) { return e.first < key; });
  for (; it != table.end() && it->first == acronym.acronym; ++it) {
    if (it->second == name.words) return true;
  }
  return false;
}

std::size_t known_acronym_count() {
  return std::size(kKnownAcronyms);
}

std::pair<std::string_view, std::string_view> known_acronym_at(std::size_t i) {
  return kKnownAcronyms[i];
}

}  // namespace presslens::identity
