#include "input/rtf.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <optional>

#include "input/decode.hpp"
#include "text/case.hpp"
#include "text/utf8.hpp"

namespace presslens::input {
namespace {

// Groups opening with these control words hold no text of the document.
constexpr std::array<std::string_view, 40> kSkippedDestinations{
    "fonttbl",
    "colortbl",
    "stylesheet",
    "info",
    "pict",
    "header",
    "headerl",
    "headerr",
    "headerf",
    "footer",
    "footerl",
    "footerr",
    "footerf",
    "footnote",
    "annotation",
    "object",
    "fldinst",
    "themedata",
    "colorschememapping",
    "datastore",
    "latentstyles",
    "listtable",
    "listoverridetable",
    "rsidtbl",
    "generator",
    "xmlnstbl",
    "mmathPr",
    "pgdsctbl",
    "revtbl",
    "filetbl",
    "bkmkstart",
    "bkmkend",
    "nonshppict",
    "shppict",
    "userprops",
    "xe",
    "tc",
    "atnid",
    "atnauthor",
    "template",
};

// Groups nest no deeper than this; deeper ones are read as skipped.
constexpr std::size_t kMaxDepth = 1000;

struct Group {
  bool skip = false;
  int fallback_chars = 1;  // \ucN: characters after \uN that stand in for it
  bool fresh = true;       // no control word or text yet: a destination may open
};

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

class RtfReader {
 public:
  explicit RtfReader(std::string_view rtf) : rtf_(rtf) {}

  RtfText run() {
    groups_.push_back({});
    while (pos_ < rtf_.size()) {
      const char c = rtf_[pos_++];
      if (c == '{') {
        flush_bytes();
        if (groups_.size() >= kMaxDepth) {
          ++too_deep_;  // counted, not kept: the deepest kept group (skipped) stands for them
          groups_.back().skip = true;
          continue;
        }
        Group inner = groups_.back();
        inner.fresh = true;
        groups_.push_back(inner);
      } else if (c == '}') {
        flush_bytes();
        if (too_deep_ > 0) {
          --too_deep_;
        } else if (groups_.size() > 1) {
          groups_.pop_back();
        }
      } else if (c == '\\') {
        control();
      } else if (c != '\r' && c != '\n') {
        groups_.back().fresh = false;
        if (skip_fallback_ > 0) {
          --skip_fallback_;
          continue;
        }
        if (!groups_.back().skip) {
          flush_bytes();
          out_.text += c;
        }
      }
    }
    flush_bytes();
    return std::move(out_);
  }

 private:
  void emit(std::string_view s) {
    if (groups_.back().skip) return;
    flush_bytes();
    out_.text += s;
  }

  void flush_bytes() {
    if (bytes_.empty()) return;
    auto decoded = decode_charset(bytes_, code_page_);
    out_.text += decoded.text;
    for (auto& w : decoded.warnings) {
      if (std::find(out_.warnings.begin(), out_.warnings.end(), w) == out_.warnings.end())
        out_.warnings.push_back(std::move(w));
    }
    bytes_.clear();
  }

  void code_point(std::int32_t value) {
    std::uint32_t cp = static_cast<std::uint32_t>(value < 0 ? value + 65536 : value);
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      high_surrogate_ = cp;
      return;
    }
    if (cp >= 0xDC00 && cp <= 0xDFFF && high_surrogate_) {
      cp = 0x10000 + ((high_surrogate_ - 0xD800) << 10) + (cp - 0xDC00);
    }
    high_surrogate_ = 0;
    if (groups_.back().skip) return;
    flush_bytes();
    text::append_utf8(out_.text, cp == 0 ? U'\uFFFD' : static_cast<char32_t>(cp));
  }

  void control() {
    if (pos_ >= rtf_.size()) return;
    const char c = rtf_[pos_];
    if (!text::is_ascii_letter(c)) {
      ++pos_;
      symbol(c);
      return;
    }
    const std::size_t start = pos_;
    while (pos_ < rtf_.size() && text::is_ascii_letter(rtf_[pos_]) && pos_ - start < 32) ++pos_;
    const std::string_view word = rtf_.substr(start, pos_ - start);
    std::optional<std::int32_t> param;
    const std::size_t digits = pos_;
    if (pos_ < rtf_.size() && rtf_[pos_] == '-') ++pos_;
    while (pos_ < rtf_.size() && text::is_ascii_digit(rtf_[pos_]) && pos_ - digits < 10) ++pos_;
    if (pos_ > digits) {
      std::int32_t value = 0;
      const auto [end, ec] = std::from_chars(rtf_.data() + digits, rtf_.data() + pos_, value);
      if (ec == std::errc() && end == rtf_.data() + pos_) param = value;
    }
    if (pos_ < rtf_.size() && rtf_[pos_] == ' ') ++pos_;
    on_word(word, param);
  }

  void symbol(char c) {
    Group& g = groups_.back();
    switch (c) {
      case '\'': {
        if (pos_ + 1 < rtf_.size()) {
          const int hi = hex_value(rtf_[pos_]), lo = hex_value(rtf_[pos_ + 1]);
          pos_ += 2;
          g.fresh = false;
          if (skip_fallback_ > 0) {
            --skip_fallback_;
          } else if (hi >= 0 && lo >= 0 && !g.skip) {
            bytes_ += static_cast<char>(hi * 16 + lo);
          }
        }
        return;
      }
      case '*':
        if (g.fresh) g.skip = true;  // an ignorable destination: unknown ones are skipped
        return;
      case '~':
        emit("\xC2\xA0");
        break;
      case '_':
        emit("-");
        break;
      case '-':
        break;  // a soft hyphen
      case '\n':
      case '\r':
        emit("\n");
        break;
      case '{':
      case '}':
      case '\\':
        if (skip_fallback_ > 0) {
          --skip_fallback_;
        } else {
          emit(std::string_view(&c, 1));
        }
        break;
      default:
        break;
    }
    g.fresh = false;
  }

  void on_word(std::string_view word, std::optional<std::int32_t> param) {
    Group& g = groups_.back();
    const bool fresh = g.fresh;
    g.fresh = false;
    if (fresh && std::find(kSkippedDestinations.begin(), kSkippedDestinations.end(), word) !=
                     kSkippedDestinations.end()) {
      g.skip = true;
      return;
    }
    if (word == "u" && param) {
      code_point(*param);
      skip_fallback_ = g.fallback_chars;
      return;
    }
    skip_fallback_ = 0;
    if (word == "bin" && param && *param > 0) {  // binary data: skipped whole
      pos_ += std::min(rtf_.size() - pos_, static_cast<std::size_t>(*param));
      return;
    }
    if (word == "uc" && param)
      g.fallback_chars = std::clamp(*param, 0, 8);
    else if (word == "ansicpg" && param)
      code_page_ = "windows-" + std::to_string(*param);
    else if (word == "par" || word == "line" || word == "sect" || word == "page" ||
             word == "cell" || word == "row")
      emit("\n");
    else if (word == "tab")
      emit("\t");
    else if (word == "emdash")
      emit("\u2014");
    else if (word == "endash")
      emit("\u2013");
    else if (word == "lquote")
      emit("\u2018");
    else if (word == "rquote")
      emit("\u2019");
    else if (word == "ldblquote")
      emit("\u201C");
    else if (word == "rdblquote")
      emit("\u201D");
    else if (word == "bullet")
      emit("\u2022");
    else if (word == "emspace" || word == "enspace" || word == "qmspace")
      emit(" ");
  }

  std::string_view rtf_;
  std::size_t pos_ = 0;
  std::vector<Group> groups_;
  std::string bytes_;  // \'hh bytes not yet decoded
  std::string code_page_ = "windows-1252";
  std::uint32_t high_surrogate_ = 0;
  int skip_fallback_ = 0;
  std::size_t too_deep_ = 0;  // groups opened past kMaxDepth
  RtfText out_;
};

}  // namespace

bool is_rtf(std::string_view content) {
  return content.starts_with("{\\rtf");
}

RtfText rtf_to_text(std::string_view rtf) {
  return RtfReader(rtf).run();
}

}  // namespace presslens::input
