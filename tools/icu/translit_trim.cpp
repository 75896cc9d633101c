// translit_trim: writes genrb source for a trimmed ICU `translit/root.res`.
//
//   translit_trim <dir holding root.res> <roots file> <out root.txt>
//
// The roots file names the transliterators we use, one a line:
//   Latin-ASCII        an ID (matched like ICU's registry does: case-insensitive,
//                      script names and codes are equivalent)
//   *-Latin            every entry whose target is Latin and has no variant
//   !Han-Latin         ... except this one (and what only it references)
// Every entry a kept rule set or alias references (`::ID`, `:: [filter] ID
// (reverse ID)`, `&ID(...)`, alias targets) is kept too, transitively. Matching
// errs on the side of keeping more: a missing rule set breaks `Any-Latin`, an
// extra one only costs bytes. Built with the native (Debian) ICU; the output is
// compiled with `genrb -e UTF-8`.
#include <unicode/ures.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct Entry {
  std::string kind;       // "file", "internal" or "alias"
  std::string direction;  // FORWARD / REVERSE (rule sets only)
  std::string text;       // rules or alias target
};

struct Id {
  std::string source, target, variant;
};

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t");
  return s.substr(b, e - b + 1);
}

// Skips a UnicodeSet pattern starting at s[i] == '['; returns the index after it.
size_t skipSet(const std::string& s, size_t i) {
  int depth = 0;
  for (; i < s.size(); ++i) {
    if (s[i] == '\\') {
      ++i;
      continue;
    }
    if (s[i] == '[') ++depth;
    if (s[i] == ']' && --depth == 0) return i + 1;
  }
  return s.size();
}

// `[filter] ID ( [filter] RID )`: the forward and the reverse ID (filters dropped).
struct Statement {
  std::string forward, reverse;
  bool hasReverse = false;
};

Statement parseStatement(const std::string& s) {
  Statement st;
  std::string* id = &st.forward;
  for (size_t i = 0; i < s.size();) {
    if (s[i] == '[') {
      i = skipSet(s, i);
      continue;
    }
    if (s[i] == '(') {
      id = &st.reverse;
      st.hasReverse = true;
      ++i;
      continue;
    }
    if (s[i] == ')') break;
    *id += s[i++];
  }
  st.forward = trim(st.forward);
  st.reverse = trim(st.reverse);
  return st;
}

[[noreturn]] void die(const std::string& message) {
  std::cerr << "translit_trim: " << message << "\n";
  std::exit(1);
}

std::string utf8(const UChar* s, int32_t length) {
  std::string out(static_cast<size_t>(length) * 3 + 1, '\0');
  int32_t outLength = 0;
  UErrorCode status = U_ZERO_ERROR;
  u_strToUTF8(out.data(), static_cast<int32_t>(out.size()), &outLength, s, length, &status);
  if (U_FAILURE(status)) die("UTF-8 conversion failed");
  out.resize(static_cast<size_t>(outLength));
  return out;
}

std::string stringOf(UResourceBundle* res) {
  int32_t length = 0;
  UErrorCode status = U_ZERO_ERROR;
  const UChar* s = ures_getString(res, &length, &status);
  if (U_FAILURE(status)) die(std::string("not a string: ") + ures_getKey(res));
  return utf8(s, length);
}

// "[filter] S-T/V" -> {S, T, V}; a lone "T" means "Any-T".
Id parseId(std::string text) {
  text = trim(text);
  if (!text.empty() && text[0] == '[') text = trim(text.substr(skipSet(text, 0)));  // a filter
  Id id;
  size_t slash = text.find('/');
  if (slash != std::string::npos) {
    id.variant = trim(text.substr(slash + 1));
    text = text.substr(0, slash);
  }
  size_t dash = text.find('-');
  id.source = dash == std::string::npos ? "Any" : trim(text.substr(0, dash));
  id.target = trim(dash == std::string::npos ? text : text.substr(dash + 1));
  return id;
}

// The names ICU's registry treats as the same source or target: the name itself,
// and for a script's long or short name, both names ("Cyrillic", "Cyrl").
std::set<std::string> equivalents(const std::string& name) {
  std::set<std::string> names{lower(name)};
  UScriptCode codes[8];
  UErrorCode status = U_ZERO_ERROR;
  int32_t n = uscript_getCode(name.c_str(), codes, 8, &status);
  for (int32_t i = 0; U_SUCCESS(status) && i < n; ++i) {
    std::string longName = lower(uscript_getName(codes[i]));
    std::string shortName = lower(uscript_getShortName(codes[i]));
    if (lower(name) != longName && lower(name) != shortName) continue;  // a locale such as "la"
    names.insert(longName);
    names.insert(shortName);
  }
  return names;
}

bool overlaps(const std::set<std::string>& a, const std::set<std::string>& b) {
  return std::any_of(a.begin(), a.end(), [&](const std::string& s) { return b.count(s) > 0; });
}

std::vector<std::string> keysMatching(const std::map<std::string, Entry>& table,
                                      const std::string& idText) {
  Id id = parseId(idText);
  if (id.target.empty()) return {};
  auto sources = equivalents(id.source), targets = equivalents(id.target);
  std::vector<std::string> plain, variants;
  for (const auto& [key, entry] : table) {
    Id k = parseId(key);
    if (!overlaps(sources, equivalents(k.source)) || !overlaps(targets, equivalents(k.target)))
      continue;
    if (lower(k.variant) == lower(id.variant))
      plain.push_back(key);
    else if (id.variant.empty())
      variants.push_back(key);
  }
  // With no variant asked for, the registry falls back to another variant.
  return plain.empty() ? variants : plain;
}

// The IDs a rule set names: `:: [f] ID (RID) ;`, and `&ID(` function calls.
std::vector<std::string> referencedIds(const Entry& entry) {
  std::vector<std::string> ids;
  if (entry.kind == "alias") {
    std::stringstream parts(entry.text);
    for (std::string part; std::getline(parts, part, ';');) ids.push_back(part);
    return ids;
  }
  const std::string& r = entry.text;
  for (size_t i = 0; i + 1 < r.size(); ++i) {
    if (r[i] == '\\') {
      ++i;
      continue;
    }
    if (r[i] == '&') {
      size_t open = r.find('(', i);
      std::string name = open == std::string::npos ? "" : trim(r.substr(i + 1, open - i - 1));
      if (!name.empty() && name.find_first_of(" ;[]'") == std::string::npos) ids.push_back(name);
      continue;
    }
    if (r[i] != ':' || r[i + 1] != ':') continue;
    // The statement runs to the next ';' outside brackets.
    size_t j = i + 2;
    int depth = 0;
    for (; j < r.size(); ++j) {
      if (r[j] == '\\') {
        ++j;
        continue;
      }
      if (r[j] == '[') ++depth;
      if (r[j] == ']') --depth;
      if (r[j] == ';' && depth <= 0) break;
    }
    Statement st = parseStatement(r.substr(i + 2, j - i - 2));
    i = j;
    ids.push_back(st.forward);
    ids.push_back(st.reverse);
    if (entry.direction == "REVERSE" && !st.hasReverse) {
      Id id = parseId(st.forward);  // used backwards: the inverse ID
      ids.push_back(id.target + "-" + id.source + (id.variant.empty() ? "" : "/" + id.variant));
    }
  }
  return ids;
}

std::map<std::string, Entry> readTable(UResourceBundle* ids) {
  std::map<std::string, Entry> table;
  UErrorCode status = U_ZERO_ERROR;
  for (int32_t i = 0; i < ures_getSize(ids); ++i) {
    UResourceBundle* item = ures_getByIndex(ids, i, nullptr, &status);
    UResourceBundle* kind = ures_getByIndex(item, 0, nullptr, &status);
    if (U_FAILURE(status)) die("cannot read RuleBasedTransliteratorIDs");
    Entry entry;
    entry.kind = ures_getKey(kind);
    if (entry.kind == "alias") {
      entry.text = stringOf(kind);
    } else {
      UResourceBundle* resource = ures_getByKey(kind, "resource", nullptr, &status);
      UResourceBundle* direction = ures_getByKey(kind, "direction", nullptr, &status);
      if (U_FAILURE(status)) die(std::string("unexpected entry ") + ures_getKey(item));
      entry.text = stringOf(resource);
      entry.direction = stringOf(direction);
      ures_close(resource);
      ures_close(direction);
    }
    table[ures_getKey(item)] = entry;
    ures_close(kind);
    ures_close(item);
  }
  return table;
}

std::set<std::string> selectRoots(const std::map<std::string, Entry>& table,
                                  const std::string& rootsFile) {
  std::ifstream in(rootsFile);
  if (!in) die("cannot read " + rootsFile);
  std::set<std::string> roots, excluded;
  for (std::string line; std::getline(in, line);) {
    line = trim(line.substr(0, line.find('#')));
    if (line.empty()) continue;
    if (line[0] == '!') {
      for (const auto& key : keysMatching(table, line.substr(1))) excluded.insert(key);
    } else if (line.rfind("*-", 0) == 0) {
      auto targets = equivalents(line.substr(2));
      for (const auto& [key, entry] : table) {
        Id k = parseId(key);
        if (k.variant.empty() && overlaps(targets, equivalents(k.target))) roots.insert(key);
      }
    } else {
      auto keys = keysMatching(table, line);
      if (keys.empty()) die("no transliterator " + line);
      roots.insert(keys.begin(), keys.end());
    }
  }
  for (const auto& key : excluded) roots.erase(key);
  // An excluded root stays out even when another root names it.
  std::set<std::string> kept;
  std::vector<std::string> work(roots.begin(), roots.end());
  while (!work.empty()) {
    std::string key = work.back();
    work.pop_back();
    if (!kept.insert(key).second) continue;
    for (const auto& id : referencedIds(table.at(key)))
      for (const auto& ref : keysMatching(table, id))
        if (!excluded.count(ref) && !kept.count(ref)) work.push_back(ref);
  }
  return kept;
}

// genrb source: backslashes and quotes escaped, everything else as is (UTF-8).
std::string quoted(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c == '\\' || c == '"') out += '\\';
    if (c < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04X", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

void writeResource(std::ostream& out, UResourceBundle* res, int indent);

void writeChildren(std::ostream& out, UResourceBundle* res, int indent) {
  UErrorCode status = U_ZERO_ERROR;
  for (int32_t i = 0; i < ures_getSize(res); ++i) {
    UResourceBundle* child = ures_getByIndex(res, i, nullptr, &status);
    if (U_FAILURE(status)) die("cannot read a resource");
    writeResource(out, child, indent);
    ures_close(child);
  }
}

void writeResource(std::ostream& out, UResourceBundle* res, int indent) {
  std::string pad(static_cast<size_t>(indent), ' ');
  const char* key = ures_getKey(res);
  std::string prefix = pad + (key != nullptr ? quoted(key) : "");
  switch (ures_getType(res)) {
    case URES_STRING:
      out << prefix << (key != nullptr ? "{" : "") << quoted(stringOf(res))
          << (key != nullptr ? "}" : ",") << "\n";
      break;
    case URES_TABLE:
      out << prefix << "{\n";
      writeChildren(out, res, indent + 4);
      out << pad << "}\n";
      break;
    case URES_ARRAY:
      out << prefix << ":array{\n";
      writeChildren(out, res, indent + 4);
      out << pad << "}\n";
      break;
    default:
      die(std::string("unsupported resource type at ") + (key ? key : "?"));
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) die("usage: translit_trim <dir holding root.res> <roots file> <out root.txt>");
  std::string dir = std::string(argv[1]) + "/";
  UErrorCode status = U_ZERO_ERROR;
  UResourceBundle* root = ures_openDirect(dir.c_str(), "root", &status);
  if (U_FAILURE(status)) die("cannot open " + dir + "root.res: " + u_errorName(status));
  UResourceBundle* ids = ures_getByKey(root, "RuleBasedTransliteratorIDs", nullptr, &status);
  if (U_FAILURE(status)) die("no RuleBasedTransliteratorIDs in root.res");
  auto table = readTable(ids);
  auto kept = selectRoots(table, argv[2]);

  std::ofstream out(argv[3], std::ios::binary);
  out << "// Generated by tools/icu/translit_trim from ICU's translit/root.res; do not edit.\n";
  out << "root{\n";
  for (int32_t i = 0; i < ures_getSize(root); ++i) {
    UResourceBundle* item = ures_getByIndex(root, i, nullptr, &status);
    if (std::string(ures_getKey(item)) != "RuleBasedTransliteratorIDs") {
      writeResource(out, item, 4);
    } else {
      out << "    RuleBasedTransliteratorIDs{\n";
      for (const auto& key : kept) {
        const Entry& e = table.at(key);
        out << "        " << quoted(key) << "{\n";
        if (e.kind == "alias") {
          out << "            alias{" << quoted(e.text) << "}\n";
        } else {
          out << "            " << e.kind << "{\n";
          out << "                direction{" << quoted(e.direction) << "}\n";
          out << "                resource{" << quoted(e.text) << "}\n";
          out << "            }\n";
        }
        out << "        }\n";
      }
      out << "    }\n";
    }
    ures_close(item);
  }
  out << "}\n";
  ures_close(ids);
  ures_close(root);
  if (!out) die(std::string("cannot write ") + argv[3]);
  std::cerr << "translit_trim: kept " << kept.size() << " of " << table.size()
            << " transliterators\n";
  for (const auto& key : kept) std::cout << key << "\n";
  return 0;
}
