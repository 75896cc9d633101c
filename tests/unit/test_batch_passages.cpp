// Shared passages on a synthetic batch built from real text: the aeb-dev
// articles, with paragraphs copied verbatim or edited (words replaced,
// dropped or added, a last sentence cut) into other articles, and the
// paragraphs of half the articles shuffled. Precision and recall are over
// pairs of paragraphs: "these two are copies of one another".
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <map>
#include <numeric>

#include "batch/cross_index.hpp"
#include "fixtures.hpp"
#include "text/hash.hpp"
#include "text/offsets.hpp"
#include "text/words.hpp"

using namespace presslens;

namespace {

struct Rng {
  std::uint64_t state;
  std::size_t below(std::size_t n) {
    return static_cast<std::size_t>((state = text::mix64(state)) % n);
  }
};

std::vector<std::string> paragraphs_of(const std::string& body) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= body.size()) {
    auto end = body.find('\n', start);
    if (end == std::string::npos) end = body.size();
    std::string line = body.substr(start, end - start);
    while (!line.empty() && line.back() == ' ') line.pop_back();
    if (!line.empty()) out.push_back(line);
    start = end + 1;
  }
  return out;
}

std::vector<std::string> split_spaces(const std::string& text) {
  std::vector<std::string> words;
  std::size_t i = 0;
  while (i < text.size()) {
    auto j = text.find(' ', i);
    if (j == std::string::npos) j = text.size();
    if (j > i) words.push_back(text.substr(i, j - i));
    i = j + 1;
  }
  return words;
}

// An editor's touch: about one word in fifteen replaced, dropped or added,
// and sometimes the last sentence cut.
std::string edited(const std::string& paragraph, Rng& rng) {
  static const char* kWords[] = {"reportedly", "also", "officials", "on Monday",
                                 "however",    "new",  "said"};
  auto words = split_spaces(paragraph);
  const std::size_t edits = std::max<std::size_t>(1, words.size() / 15);
  for (std::size_t e = 0; e < edits && words.size() > 4; ++e) {
    const std::size_t at = rng.below(words.size());
    switch (rng.below(3)) {
      case 0:
        words[at] = kWords[rng.below(7)];
        break;
      case 1:
        words.erase(words.begin() + static_cast<std::ptrdiff_t>(at));
        break;
      default:
        words.insert(words.begin() + static_cast<std::ptrdiff_t>(at), kWords[rng.below(7)]);
    }
  }
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
  if (rng.below(10) < 3) {
    const auto cut = out.rfind(". ", out.size() > 2 ? out.size() - 2 : 0);
    if (cut != std::string::npos && cut > out.size() / 2) out.resize(cut + 1);
  }
  return out;
}

struct Paragraph {
  std::string text;
  int origin = 0;
};

Document make_document(const std::string& name, const std::vector<Paragraph>& paragraphs) {
  Document d;
  d.name = name;
  for (const auto& p : paragraphs) {
    if (!d.text.empty()) d.text += "\n\n";
    Block block;
    block.text = p.text;
    block.in_text = text::make_span(d.text.size(), d.text.size() + p.text.size());
    d.text += p.text;
    d.blocks.push_back(std::move(block));
  }
  return d;
}

std::vector<std::uint64_t> word_set(const std::string& text) {
  std::vector<std::uint64_t> out;
  for (const auto& w : text::plain_words(text)) out.push_back(text::seeded_fnv1a(w.lower));
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

double word_jaccard(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
  std::vector<std::uint64_t> shared;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(shared));
  return static_cast<double>(shared.size()) /
         static_cast<double>(a.size() + b.size() - shared.size());
}

// Some pages already hold look-alike paragraphs (recipes: "Portion Fix
// Containers: 1 Green, 1 Red..."; a tweet quoted twice). Those are shared
// passages too, but not ones this test made, so such articles are left out:
// any paragraph whose set of words is half the same as another's.
void drop_articles_with_lookalikes(std::vector<std::vector<Paragraph>>& articles) {
  struct Item {
    std::size_t article;
    int origin;
    std::vector<std::uint64_t> words;
  };
  std::vector<Item> items;
  for (std::size_t a = 0; a < articles.size(); ++a) {
    for (const auto& p : articles[a]) {
      auto words = word_set(p.text);
      if (words.size() >= 6) items.push_back({a, p.origin, std::move(words)});
    }
  }
  std::vector<bool> drop(articles.size(), false);
  for (std::size_t i = 0; i < items.size(); ++i) {
    for (std::size_t j = i + 1; j < items.size(); ++j) {
      if (items[i].origin != items[j].origin &&
          word_jaccard(items[i].words, items[j].words) >= 0.5) {
        drop[items[i].article] = drop[items[j].article] = true;
      }
    }
  }
  std::vector<std::vector<Paragraph>> kept;
  for (std::size_t a = 0; a < articles.size(); ++a) {
    if (!drop[a]) kept.push_back(std::move(articles[a]));
  }
  articles = std::move(kept);
}

std::size_t find_root(std::vector<std::size_t>& parent, std::size_t x) {
  while (parent[x] != x) x = parent[x] = parent[parent[x]];
  return x;
}

}  // namespace

TEST_CASE(
    "shared passages: precision and recall >= 0.95 on copied, edited and shuffled paragraphs") {
  const auto truth = nlohmann::json::parse(
      testing::read_file(std::string(PRESSLENS_SHARED_DIR) + "/data/aeb-dev/ground-truth.json"));
  std::map<std::string, int> origin_of;  // identical paragraphs are one origin
  std::vector<std::vector<Paragraph>> articles;
  for (const auto& [key, record] : truth.items()) {
    std::vector<Paragraph> paragraphs;
    for (auto& text : paragraphs_of(record.value("articleBody", ""))) {
      const int origin =
          origin_of.try_emplace(text, static_cast<int>(origin_of.size())).first->second;
      paragraphs.push_back({std::move(text), origin});
    }
    if (paragraphs.size() >= 3) articles.push_back(std::move(paragraphs));
  }
  drop_articles_with_lookalikes(articles);
  REQUIRE(articles.size() >= 60);
  articles.resize(60);
  Rng rng{42};
  std::vector<std::vector<Paragraph>> docs = articles;
  std::size_t copies = 0;
  for (int op = 0; op < 400 && copies < 200; ++op) {
    const std::size_t s = rng.below(articles.size());
    const auto& source = articles[s][rng.below(articles[s].size())];
    if (split_spaces(source.text).size() < 15) continue;
    std::size_t t = rng.below(docs.size());
    if (t == s) t = (t + 1) % docs.size();
    Paragraph copy{rng.below(2) ? source.text : edited(source.text, rng), source.origin};
    docs[t].insert(docs[t].begin() + static_cast<std::ptrdiff_t>(rng.below(docs[t].size() + 1)),
                   copy);
    ++copies;
  }
  for (auto& doc : docs) {
    if (rng.below(2)) continue;
    for (std::size_t i = doc.size(); i > 1; --i) std::swap(doc[i - 1], doc[rng.below(i)]);
  }
  std::vector<Document> documents;
  for (std::size_t d = 0; d < docs.size(); ++d)
    documents.push_back(make_document("s" + std::to_string(d), docs[d]));

  const auto passages = batch::find_passages(documents);

  // Every paragraph the detector looks at, and the groups it found.
  std::map<std::pair<std::size_t, std::size_t>, std::size_t> unit_of;
  std::vector<int> origin;
  for (std::size_t d = 0; d < docs.size(); ++d) {
    for (std::size_t b = 0; b < docs[d].size(); ++b) {
      if (text::plain_words(docs[d][b].text).size() < batch::PassageOptions{}.min_words) continue;
      unit_of[{d, b}] = origin.size();
      origin.push_back(docs[d][b].origin);
    }
  }
  std::vector<std::size_t> parent(origin.size());
  std::iota(parent.begin(), parent.end(), 0);
  for (const auto& p : passages) {
    REQUIRE(p.a.block);
    REQUIRE(p.b.block);
    REQUIRE(p.a.blocks.size() == p.b.blocks.size());
    CHECK(p.a.blocks.front() == *p.a.block);
    for (std::size_t i = 0; i < p.a.blocks.size(); ++i) {
      const auto a = unit_of.at({p.a.document, p.a.blocks[i]});
      const auto b = unit_of.at({p.b.document, p.b.blocks[i]});
      parent[find_root(parent, a)] = find_root(parent, b);
    }
  }
  std::size_t tp = 0, fp = 0, fn = 0;
  for (std::size_t i = 0; i < origin.size(); ++i) {
    for (std::size_t j = i + 1; j < origin.size(); ++j) {
      const bool same = origin[i] == origin[j];
      const bool found = find_root(parent, i) == find_root(parent, j);
      tp += same && found;
      fp += !same && found;
      fn += same && !found;
    }
  }
  const double precision =
      static_cast<double>(tp) / static_cast<double>(std::max<std::size_t>(1, tp + fp));
  const double recall =
      static_cast<double>(tp) / static_cast<double>(std::max<std::size_t>(1, tp + fn));
  std::printf(
      "shared passages (synthetic, %zu paragraphs, %zu copies): precision %.3f recall %.3f (tp %zu "
      "fp %zu fn %zu)\n",
      origin.size(), copies, precision, recall, tp, fp, fn);
  CHECK(tp > 150);
  CHECK(precision >= 0.95);
  CHECK(recall >= 0.95);
}

TEST_CASE("shared passages: consecutive matching paragraphs are one passage") {
  const std::string p1 =
      "The foreign ministers of Russia and Saudi Arabia met in Moscow on Tuesday to discuss the "
      "war.";
  const std::string p2 =
      "They agreed that a political settlement was needed but differed on the future of the "
      "president.";
  const std::string p3 =
      "A spokesman for the ministry said further talks would be held in Geneva later this month.";
  const std::string other =
      "Elsewhere, heavy rain flooded several districts of the capital and closed two main roads.";
  const std::string edited3 =
      "A spokesman for the ministry said that further talks would be held in Geneva later this "
      "month.";
  const std::vector<Document> documents{
      make_document("a", {{p1, 1}, {p2, 2}, {p3, 3}, {other, 4}}),
      make_document("b", {{other + " Traffic stopped.", 5}, {p1, 1}, {p2, 2}, {edited3, 3}}),
      // The same paragraphs in another order: no run.
      make_document("c", {{p3, 3}, {p1, 1}}),
  };
  const auto passages = batch::find_passages(documents);
  const Passage* run = nullptr;
  for (const auto& p : passages) {
    if (p.a.document == 0 && p.b.document == 1 && p.a.blocks.size() == 3) run = &p;
  }
  REQUIRE(run != nullptr);
  CHECK(run->a.blocks == std::vector<std::size_t>{0, 1, 2});
  CHECK(run->b.blocks == std::vector<std::size_t>{1, 2, 3});
  CHECK(run->a.span->start == documents[0].blocks[0].in_text->start);
  CHECK(run->a.span->end == documents[0].blocks[2].in_text->end);
  CHECK(run->b.span->start == documents[1].blocks[1].in_text->start);
  CHECK(run->b.span->end == documents[1].blocks[3].in_text->end);
  CHECK(run->kind == PassageKind::near);  // one of the three was edited
  CHECK(run->similarity > 0.8);
  CHECK(run->similarity < 1.0);
  // c's two paragraphs are in the other order: two passages of one paragraph.
  std::size_t with_c = 0;
  for (const auto& p : passages) {
    if (p.b.document == 2) {
      ++with_c;
      CHECK(p.a.blocks.size() == 1);
    }
  }
  CHECK(with_c == 2);
}
