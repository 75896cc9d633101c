#include "clean/phrases.hpp"

#include "clean/cue_matcher.hpp"

#include <array>
#include <bit>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace presslens::clean {
namespace {

using Table = std::unordered_map<std::string_view, Furniture>;

// Bytes; longer blocks are not appeals or small print.
constexpr std::size_t kLongestBoilerplate = 1500;

// Whole short lines (case-folded, trailing punctuation and arrows dropped).
const Table& whole_lines() {
  static const Table table = [] {
    Table t;
    const auto add = [&t](Furniture kind, std::initializer_list<std::string_view> lines) {
      for (auto line : lines) t.emplace(line, kind);
    };
    add(Furniture::navigation, {"skip to content",
                                "skip to main content",
                                "skip to navigation",
                                "news",
                                "home",
                                "menu",
                                "search",
                                "sign in",
                                "log in",
                                "login",
                                "sign out",
                                "log out",
                                "register",
                                "close",
                                "next",
                                "previous",
                                "back",
                                "back to top",
                                "more",
                                "sections",
                                "account",
                                "my account",
                                "top",
                                "latest",
                                "video",
                                "videos",
                                "toggle navigation",
                                "main menu",
                                "open menu",
                                "close menu",
                                "go",
                                "submit",
                                "subscribe",
                                "subscribe now",
                                "help",
                                "contact",
                                "contact us",
                                "about us",
                                "about",
                                "privacy policy",
                                "privacy",
                                "terms of use",
                                "terms of service",
                                "terms",
                                "sitemap",
                                "site map",
                                "feedback",
                                "faq",
                                "loading",
                                "startseite",
                                "suche",
                                "inicio",
                                "início",
                                "accueil",
                                "beranda",
                                "anmelden",
                                "entrar",
                                "buscar",
                                "pesquisar",
                                "rechercher",
                                "cari",
                                "главная",
                                "поиск"});
    add(Furniture::share, {"share",
                           "share this",
                           "share this article",
                           "share this story",
                           "share on facebook",
                           "share on twitter",
                           "tweet",
                           "facebook",
                           "twitter",
                           "linkedin",
                           "pinterest",
                           "whatsapp",
                           "reddit",
                           "email",
                           "e-mail",
                           "print",
                           "copy link",
                           "copied",
                           "link copied",
                           "link copied to clipboard",
                           "copy to clipboard",
                           "share via email",
                           "flipboard",
                           "instagram",
                           "youtube",
                           "rss",
                           "comments",
                           "comment",
                           "teilen",
                           "compartilhar",
                           "compartir",
                           "partager",
                           "bagikan",
                           "поделиться"});
    add(Furniture::comment_form, {"leave a reply",
                                  "leave a comment",
                                  "post a comment",
                                  "post comment",
                                  "add a comment",
                                  "cancel reply",
                                  "your email address will not be published",
                                  "required fields are marked",
                                  "join the conversation",
                                  "join the discussion",
                                  "show comments",
                                  "view comments",
                                  "write a comment",
                                  "no comments yet",
                                  "no comments",
                                  "be the first to comment",
                                  "name",
                                  "email *",
                                  "name *",
                                  "website",
                                  "deixe um comentário",
                                  "deixe uma resposta",
                                  "kommentar schreiben",
                                  "tinggalkan balasan",
                                  "comentário",
                                  "comentario",
                                  "commentaire",
                                  "kommentar",
                                  "komentar",
                                  "commento",
                                  "комментарий",
                                  "nome *",
                                  "nombre *",
                                  "nom *",
                                  "nama *",
                                  "имя *",
                                  "site",
                                  "sitio web",
                                  "site web",
                                  "situs web",
                                  "sito web",
                                  "сайт",
                                  "e-mail *",
                                  "correo electrónico *"});
    add(Furniture::read_more,
        {"read more", "read more here", "continue reading", "read the full story",
         "read full article", "read the full article", "to read the full story", "keep reading",
         "weiterlesen", "mehr lesen", "leia mais", "leer más", "lire la suite", "baca selengkapnya",
         "читать далее"});
    add(Furniture::related, {"related",
                             "related articles",
                             "related stories",
                             "related posts",
                             "related news",
                             "related links",
                             "related content",
                             "related coverage",
                             "more stories",
                             "more news",
                             "recommended",
                             "recommended for you",
                             "you may also like",
                             "you might also like",
                             "trending",
                             "trending news",
                             "trending now",
                             "most read",
                             "most popular",
                             "popular",
                             "most viewed",
                             "latest news",
                             "latest stories",
                             "our latest stories",
                             "top stories",
                             "more on this",
                             "see also",
                             "more:",
                             "also read",
                             "read also",
                             "don't miss",
                             "don’t miss",
                             "on our radar",
                             "up next",
                             "what to read next",
                             "mais lidas",
                             "veja também",
                             "leia também",
                             "baca juga",
                             "artikel terkait",
                             "lesen sie auch",
                             "das könnte sie auch interessieren",
                             "te puede interesar",
                             "à lire aussi",
                             "читайте также",
                             "вам также может быть интересно",
                             "artigos relacionados",
                             "posts relacionados",
                             "artículos relacionados",
                             "entradas relacionadas",
                             "articles similaires",
                             "articles liés",
                             "ähnliche beiträge",
                             "verwandte artikel",
                             "berita terkait",
                             "postingan terkait",
                             "articoli correlati",
                             "похожие записи",
                             "похожие статьи",
                             "permalink"});
    add(Furniture::advertisement,
        {"advertisement", "advert", "ad", "ads", "sponsored", "sponsored content",
         "continue reading below", "story continues below", "story continues below advertisement",
         "article continues below", "article continues below advertisement",
         "story continues below gallery", "anzeige", "werbung", "publicidade", "publicidad",
         "publicité", "iklan", "реклама"});
    add(Furniture::newsletter,
        {"newsletter", "newsletters", "sign up", "sign up for our newsletter",
         "subscribe to our newsletter", "get our newsletter", "thanks for signing up", "no thanks",
         "no, thanks"});
    add(Furniture::appeal,
        {"contribute today", "donate", "donate now", "support us", "become a member",
         "remind me later", "support independent journalism"});
    add(Furniture::appeal_header, {"dear readers", "dear reader"});
    add(Furniture::caption,
        {"image", "caption", "hide caption", "toggle caption", "enlarge this image",
         "back to gallery", "view gallery", "open gallery", "photo", "photos", "foto", "fotos"});
    add(Furniture::byline, {"by", "von", "por", "par", "oleh", "tags", "topics"});
    return t;
  }();
  return table;
}

struct Cue {
  std::string_view text;
  Furniture kind;
};

// How many words a line may have for a cue of this kind to decide it: a
// byline or a sign-up is a short line, a caption may be a long one.
int longest_line_for(Furniture kind) {
  switch (kind) {
    case Furniture::byline:
      return 12;
    case Furniture::newsletter:
      return 15;
    case Furniture::caption:
      return 70;
    default:
      return 40;
  }
}

// Starts of lines that introduce a link or a caption credit.
constexpr std::array kLineStarts{
    Cue{"related:", Furniture::related_link},
    Cue{"read more:", Furniture::related_link},
    Cue{"see more:", Furniture::related_link},
    Cue{"more:", Furniture::related_link},
    Cue{"also:", Furniture::related_link},
    Cue{"read also:", Furniture::related_link},
    Cue{"also read:", Furniture::related_link},
    Cue{"read next:", Furniture::related_link},
    Cue{"more from ", Furniture::related},
    Cue{"more in ", Furniture::related},
    Cue{"most read in ", Furniture::related},
    Cue{"baca juga", Furniture::related_link},
    Cue{"leia também", Furniture::related_link},
    Cue{"lesen sie auch", Furniture::related_link},
    Cue{"mehr:", Furniture::related},
    Cue{"mehr zum thema", Furniture::related},
    Cue{"photo:", Furniture::caption},
    Cue{"photo by ", Furniture::caption},
    Cue{"photograph:", Furniture::caption},
    Cue{"photos:", Furniture::caption},
    Cue{"image:", Furniture::caption},
    Cue{"image copyright", Furniture::caption},
    Cue{"image caption", Furniture::caption},
    Cue{"foto:", Furniture::caption},
    Cue{"picture:", Furniture::caption},
    Cue{"credit:", Furniture::caption},
    Cue{"a message from ", Furniture::appeal_header},
    Cue{"published ", Furniture::byline},
    Cue{"published:", Furniture::byline},
    Cue{"updated ", Furniture::byline},
    Cue{"last updated", Furniture::byline},
    Cue{"posted on ", Furniture::byline},
    Cue{"posted by ", Furniture::byline},
    Cue{"veröffentlicht", Furniture::byline},
    Cue{"aktualisiert", Furniture::byline},
    Cue{"publicado ", Furniture::byline},
    Cue{"atualizado ", Furniture::byline},
    Cue{"actualizado ", Furniture::byline},
    Cue{"publié ", Furniture::byline},
    Cue{"mis à jour", Furniture::byline},
    Cue{"diterbitkan", Furniture::byline},
    Cue{"tags:", Furniture::byline},
    Cue{"tags ", Furniture::byline},
    Cue{"topics:", Furniture::byline},
    Cue{"filed under", Furniture::byline},
    Cue{"categories:", Furniture::byline},
    Cue{"leave a reply", Furniture::comment_form},
    Cue{"добавить комментарий", Furniture::comment_form},
    Cue{"deixe uma resposta", Furniture::comment_form},
    Cue{"deixe um comentário", Furniture::comment_form},
    Cue{"deja una respuesta", Furniture::comment_form},
    Cue{"deja un comentario", Furniture::comment_form},
    Cue{"laisser un commentaire", Furniture::comment_form},
    Cue{"laisser une réponse", Furniture::comment_form},
    Cue{"schreibe einen kommentar", Furniture::comment_form},
    Cue{"hinterlasse einen kommentar", Furniture::comment_form},
    Cue{"tinggalkan balasan", Furniture::comment_form},
    Cue{"tinggalkan komentar", Furniture::comment_form},
    Cue{"lascia un commento", Furniture::comment_form},
    Cue{"click to share", Furniture::share},
    Cue{"click to email", Furniture::share},
    Cue{"click to print", Furniture::share},
    Cue{"share this on ", Furniture::share},
    Cue{"share on ", Furniture::share},
    Cue{"compartilhe", Furniture::share},
    Cue{"support the ", Furniture::appeal},
    Cue{"©", Furniture::copyright},
    Cue{"copyright ", Furniture::copyright},
    Cue{"(c) ", Furniture::copyright},
};

// Anywhere in a short or medium line.
constexpr std::array kInside{
    Cue{"(photo", Furniture::caption},
    Cue{"file photo", Furniture::caption},
    Cue{"in this photo", Furniture::caption},
    Cue{"(ap photo", Furniture::caption},
    Cue{", left, ", Furniture::caption},
    Cue{", right, ", Furniture::caption},
    Cue{", center, ", Furniture::caption},
    Cue{"(left)", Furniture::caption},
    Cue{"(right)", Furniture::caption},
    Cue{"(center)", Furniture::caption},
    Cue{"(background)", Furniture::caption},
    Cue{"(file)", Furniture::caption},
    Cue{"follow us on", Furniture::share},
    Cue{"follow her on", Furniture::share},
    Cue{"follow him on", Furniture::share},
    Cue{"may be reached at", Furniture::share},
    Cue{"can be reached at", Furniture::share},
    Cue{"click to tweet", Furniture::share},
    Cue{"click here", Furniture::related_link},
    Cue{"clicking here", Furniture::related_link},
    Cue{"(image:", Furniture::caption},
    Cue{"(image ", Furniture::caption},
    Cue{"getty images", Furniture::caption},
    Cue{"/getty", Furniture::caption},
    Cue{"ap photo", Furniture::caption},
    Cue{"credit: ", Furniture::caption},
    Cue{"photo credit", Furniture::caption},
    Cue{"submitted photo", Furniture::caption},
    Cue{"(foto", Furniture::caption},
    Cue{"photograph: ", Furniture::caption},
    Cue{"/reuters", Furniture::caption},
    Cue{"all rights reserved", Furniture::copyright},
    Cue{"your email address will not be published", Furniture::comment_form},
    Cue{"required fields are marked", Furniture::comment_form},
    Cue{"não será publicado", Furniture::comment_form},
    Cue{"no será publicada", Furniture::comment_form},
    Cue{"ne sera pas publiée", Furniture::comment_form},
    Cue{"wird nicht veröffentlicht", Furniture::comment_form},
    Cue{"tidak akan dipublikasikan", Furniture::comment_form},
    Cue{"не будет опубликован", Furniture::comment_form},
    Cue{"non sarà pubblicato", Furniture::comment_form},
    Cue{"newsletter", Furniture::newsletter},
    Cue{"subscribe to", Furniture::newsletter},
    Cue{"sign up for", Furniture::newsletter},
    Cue{"activation link", Furniture::newsletter},
    Cue{"we use cookies", Furniture::cookie},
    Cue{"uses cookies", Furniture::cookie},
    Cue{"cookie policy", Furniture::cookie},
    Cue{"accept cookies", Furniture::cookie},
};

// Legal small print, in a block of any length.
constexpr std::array kLegal{
    Cue{"all rights reserved", Furniture::copyright},
    Cue{"registered trademark", Furniture::copyright},
    Cue{"are trademarks of", Furniture::copyright},
    Cue{"is a trademark of", Furniture::copyright},
    Cue{"terms of use", Furniture::copyright},
    Cue{"terms of service", Furniture::copyright},
    Cue{"privacy policy", Furniture::copyright},
    Cue{"we use cookies", Furniture::cookie},
    Cue{"uses cookies", Furniture::cookie},
    Cue{"use of cookies", Furniture::cookie},
    Cue{"affiliate commission", Furniture::disclosure},
    Cue{"affiliate link", Furniture::disclosure},
    Cue{"may earn a commission", Furniture::disclosure},
    Cue{"may get a share of the sale", Furniture::disclosure},
};

constexpr std::string_view kAppealWords[]{"support independent",
                                          "independent journalism",
                                          "independent reporting",
                                          "your support",
                                          "support us",
                                          "support the ",
                                          "contribute",
                                          "contribution",
                                          "donate",
                                          "donation",
                                          "your help",
                                          "remind me later",
                                          "become a member",
                                          "membership",
                                          "dear reader",
                                          "dear readers",
                                          "make a gift",
                                          "spende",
                                          "spenden",
                                          "unterstützen sie",
                                          "apoie",
                                          "faça uma doação",
                                          "apoya",
                                          "soutenez",
                                          "faire un don",
                                          "пожертвуйте",
                                          "join now",
                                          "members get",
                                          "subscribe now",
                                          "поддержите"};

std::string_view trim_line(std::string_view s) {
  constexpr std::string_view kTrailing = " .!:;,>»›→*|-–—";
  while (!s.empty()) {
    const auto c = static_cast<unsigned char>(s.back());
    if (kTrailing.find(static_cast<char>(c)) != kTrailing.npos) {
      s.remove_suffix(1);
    } else if (s.ends_with("»") || s.ends_with("›") || s.ends_with("→") || s.ends_with("–") ||
               s.ends_with("—")) {
      s.remove_suffix(s.ends_with("»") ? 2 : 3);
    } else {
      break;
    }
  }
  while (!s.empty() && (s.front() == ' ' || s.front() == '|' || s.front() == '*'))
    s.remove_prefix(1);
  return s;
}

// "34 Comments", "12 responses to ...", "user says:": a comment section.
bool comment_header(std::string_view text, int words) {
  if (words > 8) return false;
  if (words <= 4 && (text.ends_with(" says:") || text.ends_with(" said:"))) return true;
  std::size_t i = 0;
  while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
  if (i == 0 || i >= text.size() || text[i] != ' ') return false;
  const std::string_view rest = text.substr(i + 1);
  for (std::string_view word : {"comment", "response", "repl", "kommentar", "comentário",
                                "comentario", "commentaire", "комментари"}) {
    if (rest.starts_with(word)) return true;
  }
  return false;
}

}  // namespace

namespace {

// One matcher for every cue found anywhere in a block; ids tell the table.
constexpr int kInsideBase = 0;
constexpr int kLegalBase = 100;
constexpr int kAppealBase = 200;

const CueMatcher& all_cues() {
  static const CueMatcher matcher = [] {
    CueMatcher m;
    for (std::size_t i = 0; i < kInside.size(); ++i) m.add(kInside[i].text, kInsideBase + int(i));
    for (std::size_t i = 0; i < kLegal.size(); ++i) m.add(kLegal[i].text, kLegalBase + int(i));
    for (std::size_t i = 0; i < std::size(kAppealWords); ++i) {
      m.add(kAppealWords[i], kAppealBase + int(i), /*whole_word=*/true);
    }
    return m;
  }();
  return matcher;
}

Furniture whole_line_class(const BlockFeatures& block) {
  const std::string_view text = block.folded;
  if (comment_header(text, block.words)) return Furniture::comment_form;
  if (block.words <= 8) {
    const auto& table = whole_lines();
    if (auto it = table.find(trim_line(text)); it != table.end()) return it->second;
    if (text.ends_with(":") && table.contains(text)) return table.find(text)->second;
  }
  if (text.ends_with("[…]") || text.ends_with("[...]")) return Furniture::related;  // a teaser
  if (block.words <= 40) {
    for (const auto& cue : kLineStarts) {
      if (text.starts_with(cue.text) && block.words <= longest_line_for(cue.kind)) return cue.kind;
    }
  }
  return Furniture::none;
}

}  // namespace

PhraseMatch match_phrases(const BlockFeatures& block) {
  PhraseMatch match;
  match.furniture = whole_line_class(block);
  const std::string_view text = block.folded;
  if (text.size() > kLongestBoilerplate) return match;
  Furniture inside = Furniture::none;
  Furniture legal = Furniture::none;
  std::uint64_t appeal = 0;  // each appeal cue counts once
  all_cues().scan(text, [&](int id) {
    if (id >= kAppealBase) {
      appeal |= std::uint64_t{1} << (id - kAppealBase);
    } else if (id >= kLegalBase) {
      if (legal == Furniture::none) legal = kLegal[std::size_t(id - kLegalBase)].kind;
    } else if (inside == Furniture::none) {
      const Furniture kind = kInside[std::size_t(id - kInsideBase)].kind;
      if (block.words <= longest_line_for(kind)) inside = kind;
    }
  });
  match.appeal = std::popcount(appeal);
  if (match.furniture == Furniture::none) match.furniture = inside;
  if (match.furniture == Furniture::none) match.furniture = legal;
  return match;
}

std::string_view reason_for(Furniture furniture) {
  switch (furniture) {
    case Furniture::navigation:
      return "navigation";
    case Furniture::share:
      return "share buttons";
    case Furniture::comment_form:
      return "comment form";
    case Furniture::read_more:
      return "read-more link";
    case Furniture::related:
    case Furniture::related_link:
      return "related links";
    case Furniture::advertisement:
      return "advertisement";
    case Furniture::newsletter:
      return "newsletter sign-up";
    case Furniture::copyright:
      return "copyright notice";
    case Furniture::cookie:
      return "cookie notice";
    case Furniture::disclosure:
      return "affiliate disclosure";
    case Furniture::caption:
      return "photo caption";
    case Furniture::byline:
      return "byline or date";
    case Furniture::appeal:
    case Furniture::appeal_header:
      return "donation appeal";
    case Furniture::none:
      break;
  }
  return "page furniture";
}

}  // namespace presslens::clean
