#include "input/email.hpp"

#include <algorithm>
#include <array>

#include "html/newsletter.hpp"
#include "input/decode.hpp"
#include "input/export_lines.hpp"
#include "input/mime_headers.hpp"
#include "input/record_caps.hpp"
#include "input/transfer_encoding.hpp"
#include "text/case.hpp"

namespace presslens::input {
namespace {

constexpr std::size_t kMaxDepth = 16;  // multipart nesting

struct Part {
  std::string type;  // "text/plain", "text/html"
  std::string text;  // UTF-8
  bool flowed = false;
  std::vector<std::string> warnings;
};

// The entity's content as UTF-8: transfer encoding undone, charset converted.
Part read_part(const MimeEntity& e) {
  Part part;
  const std::string content_type = e.headers.get("content-type");
  part.type = content_type.empty() ? "text/plain" : media_type(content_type);
  part.flowed = text::ascii_lower(mime_parameter(content_type, "format")) == "flowed";
  auto body = undo_transfer_encoding(e);
  if (body.transformed) {
    auto decoded = decode_charset(body.bytes, mime_parameter(content_type, "charset"));
    part.text = std::move(decoded.text);
    part.warnings = std::move(decoded.warnings);
  } else {
    part.text = std::move(body.bytes);  // 7bit/8bit: already decoded with the file
  }
  return part;
}

// The text parts of a message, depth first.
void collect_parts(const MimeEntity& e, std::size_t depth, std::vector<Part>& out) {
  const std::string content_type = e.headers.get("content-type");
  const std::string type = content_type.empty() ? "text/plain" : media_type(content_type);
  if (type.starts_with("multipart/") && depth < kMaxDepth) {
    const std::string boundary = mime_parameter(content_type, "boundary");
    if (boundary.empty()) return;
    const std::string delimiter = "--" + boundary;
    std::size_t at = e.body.find(delimiter);
    while (at != std::string_view::npos && out.size() < 64) {
      std::size_t start = e.body.find('\n', at);
      if (start == std::string_view::npos) break;
      if (e.body.compare(at + delimiter.size(), 2, "--") == 0) break;  // the closing delimiter
      ++start;
      const std::size_t next = e.body.find("\n" + delimiter, start);
      const auto inner = e.body.substr(start, next == std::string_view::npos ? next : next - start);
      collect_parts(read_mime_entity(inner), depth + 1, out);
      at = next == std::string_view::npos ? next : next + 1;
    }
    return;
  }
  if (type == "text/plain" || type == "text/html") {
    if (text::ascii_lower(e.headers.get("content-disposition")).starts_with("attachment")) return;
    out.push_back(read_part(e));
  }
}

// format=flowed: a line ending in a space goes on with the next one.
std::string unflow(const std::string& text) {
  std::string out;
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string::npos) end = text.size();
    std::string_view line(text.data() + pos, end - pos);
    if (line.ends_with('\r')) line.remove_suffix(1);
    if (line.starts_with(' ')) line.remove_prefix(1);  // space-stuffing
    out += line;
    if (!(line.ends_with(' ') && line != "-- ")) out += '\n';
    pos = end + 1;
  }
  return out;
}

constexpr std::array<std::string_view, 22> kFooterCues{
    "unsubscribe",
    "manage your preferences",
    "update your preferences",
    "manage preferences",
    "email preferences",
    "subscription preferences",
    "you are receiving this",
    "you're receiving this",
    "you received this",
    "this email was sent to",
    "this e-mail was sent to",
    "this message was sent to",
    "no longer wish to receive",
    "opt out",
    "opt-out",
    "add us to your address book",
    "forward this email",
    "forward to a friend",
    "our mailing address is",
    "why did i get this",
    "was this forwarded to you",
    "sign up here",
};

constexpr std::array<std::string_view, 5> kHeaderCues{
    "view this email in your browser", "view in browser",         "view this email online",
    "having trouble viewing this",     "view it in your browser",
};

bool has_cue(std::string_view line, auto const& cues) {
  const std::string lower = text::ascii_lower(line);
  return std::any_of(cues.begin(), cues.end(),
                     [&](std::string_view cue) { return lower.find(cue) != std::string::npos; });
}

bool is_url(std::string_view line) {
  return (line.starts_with("http://") || line.starts_with("https://")) &&
         line.find(' ') == std::string_view::npos;
}

// Link targets written after their words ("Read more ( https://... )",
// "<https://...>", "[https://...]") and lines of a bare address go: they are
// tracking links, not the newsletter's text.
std::string without_link_targets(std::string_view line) {
  std::string out;
  for (std::size_t i = 0; i < line.size();) {
    const char open = line[i];
    const char close = open == '(' ? ')' : open == '<' ? '>' : open == '[' ? ']' : 0;
    if (close) {
      std::size_t k = i + 1;
      while (k < line.size() && line[k] == ' ') ++k;
      const auto end = line.find(close, k);
      if (end != std::string_view::npos && is_url(exports::trim(line.substr(k, end - k)))) {
        while (!out.empty() && out.back() == ' ') out.pop_back();
        i = end + 1;
        continue;
      }
    }
    out += line[i++];
  }
  return out;
}

struct Cleaned {
  std::string body;
  std::vector<std::string> warnings;
};

Cleaned remove_furniture(const std::string& text) {
  std::vector<std::string> lines;
  for (const auto line : exports::trimmed_lines(text)) lines.push_back(without_link_targets(line));
  Cleaned out;
  std::size_t first = 0;
  for (std::size_t i = 0; i < std::min<std::size_t>(lines.size(), 6); ++i) {
    if (has_cue(lines[i], kHeaderCues)) first = i + 1;
  }
  // The footer: from the first footer line in the last third (or last 25 lines) on.
  std::size_t last = lines.size();
  const std::size_t from =
      std::max(first, std::min(lines.size() * 2 / 3, lines.size() > 25 ? lines.size() - 25 : 0));
  for (std::size_t i = from; i < lines.size(); ++i) {
    if (has_cue(lines[i], kFooterCues)) {
      last = i;
      break;
    }
  }
  if (last < lines.size()) {
    std::size_t cut = last;
    while (cut > first &&
           (lines[cut - 1].empty() || lines[cut - 1] == "--" || is_url(lines[cut - 1])))
      --cut;
    std::string cue = lines[last].substr(0, 60);
    out.warnings.push_back("the newsletter's footer was removed (" +
                           std::to_string(lines.size() - cut) + " lines from \"" + cue + "\")");
    last = cut;
  }
  if (first > 0) out.warnings.push_back("the \"view in your browser\" line was removed");
  for (std::size_t i = first; i < last; ++i) {
    if (is_url(lines[i]) || (out.body.empty() && lines[i].empty())) continue;
    if (lines[i].empty() && out.body.ends_with("\n\n")) continue;
    out.body += lines[i];
    out.body += '\n';
  }
  while (out.body.ends_with("\n\n")) out.body.pop_back();
  return out;
}

// The HTML part read by the HTML module (html/newsletter.hpp): a line per
// block, the headings marked, and the links that are the newsletter's own
// furniture ("Unsubscribe", "View this email in your browser") left out
// wherever they stand, with the tracking images, each named in a warning.
struct HtmlText {
  std::string text;
  std::vector<std::string> headings;
  std::vector<std::string> warnings;
};

HtmlText html_text(const Part& part) {
  auto read = html::read_html_part(part.text);
  HtmlText out;
  out.warnings = part.warnings;
  out.warnings.insert(out.warnings.end(), read.warnings.begin(), read.warnings.end());
  std::string removed;
  std::size_t links = 0;
  for (auto& line : read.lines) {
    if (line.link_only && (has_cue(line.text, kFooterCues) || has_cue(line.text, kHeaderCues))) {
      if (links++ < 4)
        removed += (removed.empty() ? "\"" : ", \"") + line.text.substr(0, 60) + "\"";
      continue;
    }
    if (line.heading) out.headings.push_back(line.text);
    out.text += line.text;
    out.text += "\n\n";
  }
  if (links > 4) removed += " and " + std::to_string(links - 4) + " more";
  if (links > 0) {
    out.warnings.push_back("the newsletter's own links were removed (" + removed +
                           "): subscription and browser links, not its text");
  }
  if (read.tracking_images > 0) {
    const auto n = read.tracking_images;
    out.warnings.push_back(std::to_string(n) + (n == 1 ? " tracking image" : " tracking images") +
                           " (1x1 pixels) left out");
  }
  return out;
}

Record read_message(std::string_view raw) {
  const MimeEntity message = read_mime_entity(raw);
  Record record;
  if (auto subject = message.headers.get("subject"); !subject.empty())
    record.title = decode_header_words(subject);
  if (auto date = message.headers.get("date"); !date.empty()) record.date = date;
  if (auto from = decode_header_words(message.headers.get("from")); !from.empty()) {
    const auto lt = from.find('<');
    std::string name(exports::trim(std::string_view(from).substr(0, lt)));
    if (name.size() >= 2 && name.front() == '"' && name.back() == '"')
      name = name.substr(1, name.size() - 2);
    record.source = name.empty() ? from : name;
  }
  std::vector<Part> parts;
  collect_parts(message, 0, parts);
  const auto plain = std::find_if(parts.begin(), parts.end(),
                                  [](const Part& p) { return p.type == "text/plain"; });
  const auto html =
      std::find_if(parts.begin(), parts.end(), [](const Part& p) { return p.type == "text/html"; });
  // The HTML part is preferred (its headings and paragraphs are the
  // newsletter as sent); the text/plain part when there is none, or when the
  // HTML gives no text.
  std::string text;
  if (html != parts.end()) {
    auto read = html_text(*html);
    if (!exports::trim(read.text).empty()) {
      text = std::move(read.text);
      record.headings = std::move(read.headings);
      record.warnings = std::move(read.warnings);
    }
  }
  if (text.empty() && plain != parts.end()) {
    text = plain->flowed ? unflow(plain->text) : plain->text;
    record.warnings = plain->warnings;
  }
  auto cleaned = remove_furniture(text);
  record.body = std::move(cleaned.body);
  record.warnings.insert(record.warnings.end(), cleaned.warnings.begin(), cleaned.warnings.end());
  if (exports::trim(record.body).empty())
    record.error = Error{ErrorCode::invalid_record, "the message has no text part"};
  return record;
}

// The messages of a mailbox: each starts with a "From " line.
std::vector<std::string> split_mailbox(std::string_view content) {
  std::vector<std::string> messages;
  std::string current;
  bool previous_blank = true;
  for (std::size_t pos = 0; pos < content.size();) {
    std::size_t end = content.find('\n', pos);
    if (end == std::string_view::npos) end = content.size();
    const auto line = content.substr(pos, end - pos);
    pos = end + 1;
    if (previous_blank && line.starts_with("From ")) {
      if (!current.empty()) messages.push_back(std::move(current));
      current.clear();
      previous_blank = false;
      continue;
    }
    previous_blank = exports::trim(line).empty();
    // ">From " in a body was "From " before the mailbox escaped it.
    if (line.starts_with(">From ")) {
      current += line.substr(1);
    } else {
      current += line;
    }
    current += '\n';
  }
  if (!current.empty()) messages.push_back(std::move(current));
  return messages;
}

bool is_header_line(std::string_view line, std::string_view name) {
  return line.size() > name.size() && text::ascii_lower(line.substr(0, name.size())) == name;
}

}  // namespace

std::string decode_header_words(std::string_view value) {
  std::string out;
  bool last_was_word = false;
  for (std::size_t i = 0; i < value.size();) {
    const auto start = value.find("=?", i);
    if (start == std::string_view::npos) {
      out += value.substr(i);
      break;
    }
    const auto q1 = value.find('?', start + 2);
    const auto q2 = q1 == std::string_view::npos ? q1 : value.find('?', q1 + 1);
    const auto end = q2 == std::string_view::npos ? q2 : value.find("?=", q2 + 1);
    if (end == std::string_view::npos || q2 != q1 + 2) {
      out += value.substr(i, start + 2 - i);
      i = start + 2;
      last_was_word = false;
      continue;
    }
    const auto between = value.substr(i, start - i);
    // Whitespace between two encoded words is not part of the text.
    if (!(last_was_word && exports::trim(between).empty())) out += between;
    std::string charset(value.substr(start + 2, q1 - start - 2));
    if (const auto star = charset.find('*'); star != std::string::npos) charset.resize(star);
    const char kind = static_cast<char>(value[q1 + 1] | 0x20);
    std::string payload(value.substr(q2 + 1, end - q2 - 1));
    if (kind == 'q') std::replace(payload.begin(), payload.end(), '_', ' ');
    const std::string bytes =
        kind == 'b' ? decode_base64(payload) : decode_quoted_printable(payload);
    out += decode_charset(bytes, charset).text;
    i = end + 2;
    last_was_word = true;
  }
  return out;
}

bool is_email(std::string_view file_name, std::string_view content) {
  const auto dot = file_name.rfind('.');
  const std::string extension =
      dot == std::string_view::npos ? "" : text::ascii_lower(file_name.substr(dot + 1));
  if (extension == "eml" || extension == "mbox" || extension == "mbx") return true;
  if (content.starts_with("From ") && content.find("\nFrom:") != std::string_view::npos &&
      content.find("\nFrom:") < 4096)
    return true;
  // A message: its first lines are headers, among them From: and Subject: or Date:.
  bool from = false, subject_or_date = false;
  std::size_t pos = 0;
  for (int n = 0; n < 40 && pos < content.size(); ++n) {
    std::size_t end = content.find('\n', pos);
    if (end == std::string_view::npos) end = content.size();
    const auto line = content.substr(pos, end - pos);
    pos = end + 1;
    if (exports::trim(line).empty()) break;
    if (line[0] == ' ' || line[0] == '\t') continue;
    const auto colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0 ||
        line.substr(0, colon).find(' ') != std::string_view::npos)
      return false;
    from = from || is_header_line(line, "from:");
    subject_or_date =
        subject_or_date || is_header_line(line, "subject:") || is_header_line(line, "date:");
  }
  return from && subject_or_date;
}

Result<std::vector<Record>> read_email(const std::string& file_name, std::string_view content) {
  std::vector<std::string> messages;
  if (content.starts_with("From ")) {
    messages = split_mailbox(content);
  } else {
    messages.emplace_back(content);
  }
  const std::size_t cap = max_records(content.size());
  RecordTally tally;
  for (const auto& raw : messages) {
    ++tally.total;
    Record record = read_message(raw);
    record.name = messages.size() == 1 ? file_name : file_name + "#" + std::to_string(tally.total);
    const bool good = !record.error;
    tally.keep(std::move(record), good, cap);
  }
  return settle(file_name, std::move(tally), cap, "the mailbox holds no messages");
}

}  // namespace presslens::input
