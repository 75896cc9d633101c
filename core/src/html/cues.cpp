#include "html/cues.hpp"

#include <array>
#include <string>

namespace presslens::html {
namespace {

struct CueWord {
  std::string_view word;
  Cue cue;
};

// Whole words only ("ad" but not "head" or "upload").
constexpr std::array kWords{
    CueWord{"comment", Cue::comment},
    CueWord{"comments", Cue::comment},
    CueWord{"disqus", Cue::comment},
    CueWord{"respond", Cue::comment},
    CueWord{"reply", Cue::comment},
    CueWord{"replies", Cue::comment},
    CueWord{"discussion", Cue::comment},
    CueWord{"commentlist", Cue::comment},
    CueWord{"share", Cue::share},
    CueWord{"sharing", Cue::share},
    CueWord{"sharedaddy", Cue::share},
    CueWord{"social", Cue::share},
    CueWord{"addthis", Cue::share},
    CueWord{"sociable", Cue::share},
    CueWord{"shares", Cue::share},
    CueWord{"related", Cue::related},
    CueWord{"recommended", Cue::related},
    CueWord{"recommendations", Cue::related},
    CueWord{"recommend", Cue::related},
    CueWord{"popular", Cue::related},
    CueWord{"trending", Cue::related},
    CueWord{"outbrain", Cue::related},
    CueWord{"taboola", Cue::related},
    CueWord{"suggested", Cue::related},
    CueWord{"teaser", Cue::related},
    CueWord{"teasers", Cue::related},
    CueWord{"readnext", Cue::related},
    CueWord{"upnext", Cue::related},
    CueWord{"more", Cue::related},
    CueWord{"nav", Cue::navigation},
    CueWord{"navbar", Cue::navigation},
    CueWord{"navigation", Cue::navigation},
    CueWord{"menu", Cue::navigation},
    CueWord{"breadcrumb", Cue::navigation},
    CueWord{"breadcrumbs", Cue::navigation},
    CueWord{"pagination", Cue::navigation},
    CueWord{"pager", Cue::navigation},
    CueWord{"skip", Cue::navigation},
    CueWord{"toc", Cue::navigation},
    CueWord{"tabs", Cue::navigation},
    CueWord{"sidebar", Cue::sidebar},
    CueWord{"widget", Cue::sidebar},
    CueWord{"widgets", Cue::sidebar},
    CueWord{"rail", Cue::sidebar},
    CueWord{"aside", Cue::sidebar},
    CueWord{"secondary", Cue::sidebar},
    CueWord{"footer", Cue::footer},
    CueWord{"copyright", Cue::footer},
    CueWord{"colophon", Cue::footer},
    CueWord{"legal", Cue::footer},
    CueWord{"header", Cue::header},
    CueWord{"masthead", Cue::header},
    CueWord{"banner", Cue::header},
    CueWord{"logo", Cue::header},
    CueWord{"branding", Cue::header},
    CueWord{"topbar", Cue::header},
    CueWord{"ad", Cue::advert},
    CueWord{"ads", Cue::advert},
    CueWord{"advert", Cue::advert},
    CueWord{"advertisement", Cue::advert},
    CueWord{"adslot", Cue::advert},
    CueWord{"sponsor", Cue::advert},
    CueWord{"sponsored", Cue::advert},
    CueWord{"promo", Cue::advert},
    CueWord{"promotion", Cue::advert},
    CueWord{"dfp", Cue::advert},
    CueWord{"gpt", Cue::advert},
    CueWord{"newsletter", Cue::newsletter},
    CueWord{"subscribe", Cue::newsletter},
    CueWord{"subscription", Cue::newsletter},
    CueWord{"signup", Cue::newsletter},
    CueWord{"optin", Cue::newsletter},
    CueWord{"mailchimp", Cue::newsletter},
    CueWord{"cta", Cue::newsletter},
    CueWord{"meta", Cue::meta},
    CueWord{"byline", Cue::meta},
    CueWord{"author", Cue::meta},
    CueWord{"date", Cue::meta},
    CueWord{"time", Cue::meta},
    CueWord{"posted", Cue::meta},
    CueWord{"published", Cue::meta},
    CueWord{"tags", Cue::meta},
    CueWord{"tag", Cue::meta},
    CueWord{"categories", Cue::meta},
    CueWord{"category", Cue::meta},
    CueWord{"dateline", Cue::meta},
    CueWord{"timestamp", Cue::meta},
    CueWord{"caption", Cue::caption},
    CueWord{"credit", Cue::caption},
    CueWord{"credits", Cue::caption},
    CueWord{"figcaption", Cue::caption},
    CueWord{"cookie", Cue::consent},
    CueWord{"cookies", Cue::consent},
    CueWord{"consent", Cue::consent},
    CueWord{"gdpr", Cue::consent},
    CueWord{"cmp", Cue::consent},
    CueWord{"modal", Cue::popup},
    CueWord{"popup", Cue::popup},
    CueWord{"overlay", Cue::popup},
    CueWord{"lightbox", Cue::popup},
    CueWord{"dialog", Cue::popup},
    CueWord{"hidden", Cue::hidden},
    CueWord{"hide", Cue::hidden},
    CueWord{"sr", Cue::hidden},
    CueWord{"offscreen", Cue::hidden},
    CueWord{"invisible", Cue::hidden},
    CueWord{"bio", Cue::bio},
    CueWord{"authorbox", Cue::bio},
    CueWord{"about", Cue::bio},
    CueWord{"article", Cue::content},
    CueWord{"content", Cue::content},
    CueWord{"entry", Cue::content},
    CueWord{"post", Cue::content},
    CueWord{"story", Cue::content},
    CueWord{"body", Cue::content},
    CueWord{"text", Cue::content},
    CueWord{"prose", Cue::content},
    CueWord{"richtext", Cue::content},
    CueWord{"blog", Cue::content},
    CueWord{"main", Cue::content},
};

constexpr std::array<std::string_view, static_cast<std::size_t>(Cue::count)> kNames{
    "comments", "share buttons", "related links",      "navigation",     "sidebar", "footer",
    "header",   "advertisement", "newsletter sign-up", "byline or date", "caption", "cookie notice",
    "pop-up",   "hidden text",   "author bio",         "article text"};

CueSet word_cues(const std::string& word) {
  for (const auto& entry : kWords) {
    if (entry.word == word) return cue_bit(entry.cue);
  }
  return 0;
}

}  // namespace

CueSet cues_in(std::string_view names) {
  CueSet cues = 0;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) cues |= word_cues(word);
    word.clear();
  };
  for (std::size_t i = 0; i < names.size(); ++i) {
    const char c = names[i];
    const bool upper = c >= 'A' && c <= 'Z';
    const bool lower = c >= 'a' && c <= 'z';
    if (!upper && !lower) {
      flush();
      continue;
    }
    // A hump starts a word: "articleBody" is "article" "body".
    if (upper && !word.empty() && i > 0 && names[i - 1] >= 'a' && names[i - 1] <= 'z') flush();
    word.push_back(upper ? static_cast<char>(c + 32) : c);
  }
  flush();
  return cues;
}

std::string_view cue_name(Cue cue) {
  return kNames[static_cast<std::size_t>(cue)];
}

}  // namespace presslens::html
