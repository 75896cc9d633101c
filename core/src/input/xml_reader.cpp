#include "input/xml_reader.hpp"
#include "text/utf8.hpp"

#include <charconv>
#include <cstdint>

namespace presslens::input {
namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool is_name_char(char c) {
  return !is_space(c) && c != '>' && c != '/' && c != '=' && c != '<' && c != '"' && c != '\'';
}

}  // namespace

std::string decode_entities(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') {
      out += s[i];
      continue;
    }
    const auto semi = s.find(';', i);
    if (semi == std::string_view::npos || semi - i > 12) {
      out += '&';
      continue;
    }
    const auto name = s.substr(i + 1, semi - i - 1);
    if (name == "lt")
      out += '<';
    else if (name == "gt")
      out += '>';
    else if (name == "amp")
      out += '&';
    else if (name == "quot")
      out += '"';
    else if (name == "apos")
      out += '\'';
    else if (name.size() > 1 && name[0] == '#') {
      const bool hex = name[1] == 'x' || name[1] == 'X';
      const auto digits = name.substr(hex ? 2 : 1);
      std::uint32_t cp = 0;
      const auto [end, ec] =
          std::from_chars(digits.data(), digits.data() + digits.size(), cp, hex ? 16 : 10);
      if (ec != std::errc() || end != digits.data() + digits.size()) cp = 0xFFFD;
      text::append_utf8(out, cp == 0 ? U'\uFFFD' : static_cast<char32_t>(cp));
    } else {
      out += '&';
      continue;
    }
    i = semi;
  }
  return out;
}

std::string_view XmlEvent::attribute(std::string_view attribute_name) const {
  for (const auto& [key, value] : attributes) {
    if (key == attribute_name) return value;
  }
  return {};
}

void XmlReader::fail() {
  failed_ = true;
  pos_ = xml_.size();
  event_ = XmlEvent{};
}

const XmlEvent& XmlReader::next() {
  if (pending_end_) {
    pending_end_ = false;
    event_.kind = XmlEvent::Kind::end;
    event_.attributes.clear();
    event_.self_closing = false;
    return event_;
  }
  while (pos_ < xml_.size()) {
    if (xml_[pos_] != '<') {
      const auto lt = xml_.find('<', pos_);
      const auto raw = xml_.substr(pos_, lt == std::string_view::npos ? lt : lt - pos_);
      pos_ = lt == std::string_view::npos ? xml_.size() : lt;
      event_ = XmlEvent{};
      event_.kind = XmlEvent::Kind::text;
      event_.text = decode_entities(raw);
      return event_;
    }
    if (tag()) return event_;
    if (failed_) break;
  }
  event_ = XmlEvent{};
  return event_;
}

// Reads the markup at pos_; true when it is an event (a tag or CDATA text).
bool XmlReader::tag() {
  const auto rest = xml_.substr(pos_);
  const auto skip_past = [&](std::string_view close) {
    const auto at = xml_.find(close, pos_);
    if (at == std::string_view::npos) return fail(), false;
    pos_ = at + close.size();
    return false;
  };
  if (rest.starts_with("<!--")) return skip_past("-->");
  if (rest.starts_with("<?")) return skip_past("?>");
  if (rest.starts_with("<![CDATA[")) {
    const auto at = xml_.find("]]>", pos_ + 9);
    if (at == std::string_view::npos) return fail(), false;
    event_ = XmlEvent{};
    event_.kind = XmlEvent::Kind::text;
    event_.text = std::string(xml_.substr(pos_ + 9, at - pos_ - 9));
    pos_ = at + 3;
    return true;
  }
  if (rest.starts_with("<!")) {  // DOCTYPE, with an internal subset in brackets
    std::size_t depth = 0;
    for (std::size_t i = pos_ + 2; i < xml_.size(); ++i) {
      if (xml_[i] == '[') ++depth;
      if (xml_[i] == ']' && depth) --depth;
      if (xml_[i] == '>' && depth == 0) {
        pos_ = i + 1;
        return false;
      }
    }
    return fail(), false;
  }
  event_ = XmlEvent{};
  std::size_t i = pos_ + 1;
  const bool closing = i < xml_.size() && xml_[i] == '/';
  if (closing) ++i;
  const std::size_t name_start = i;
  while (i < xml_.size() && is_name_char(xml_[i])) ++i;
  if (i == name_start) return fail(), false;
  event_.name = xml_.substr(name_start, i - name_start);
  event_.kind = closing ? XmlEvent::Kind::end : XmlEvent::Kind::start;
  for (;;) {
    while (i < xml_.size() && is_space(xml_[i])) ++i;
    if (i >= xml_.size()) return fail(), false;
    if (xml_[i] == '>') {
      pos_ = i + 1;
      return true;
    }
    if (xml_[i] == '/' && !closing && i + 1 < xml_.size() && xml_[i + 1] == '>') {
      event_.self_closing = true;
      pending_end_ = true;
      pos_ = i + 2;
      return true;
    }
    if (closing) return fail(), false;
    const std::size_t key_start = i;
    while (i < xml_.size() && is_name_char(xml_[i])) ++i;
    const auto key = xml_.substr(key_start, i - key_start);
    while (i < xml_.size() && is_space(xml_[i])) ++i;
    if (key.empty() || i + 1 >= xml_.size() || xml_[i] != '=') return fail(), false;
    ++i;
    while (i < xml_.size() && is_space(xml_[i])) ++i;
    if (i >= xml_.size() || (xml_[i] != '"' && xml_[i] != '\'')) return fail(), false;
    const char quote = xml_[i];
    const auto close = xml_.find(quote, i + 1);
    if (close == std::string_view::npos) return fail(), false;
    event_.attributes.emplace_back(key, decode_entities(xml_.substr(i + 1, close - i - 1)));
    i = close + 1;
  }
}

}  // namespace presslens::input
