#include "input/docx.hpp"

#include <array>
#include <unordered_map>

#include "input/decode.hpp"
#include "input/xml_reader.hpp"
#include "input/zip.hpp"
#include "text/case.hpp"

namespace presslens::input {
namespace {

// Elements whose whole content is no part of the text: deleted revisions,
// field codes, drawings and text boxes, the fallback copy of alternate
// content, note and comment marks (their text lives in other parts, unread).
constexpr std::array<std::string_view, 11> kSkipped{
    "w:del",       "w:delText",           "w:instrText",        "w:drawing",          "w:pict",
    "mc:Fallback", "w:footnoteReference", "w:endnoteReference", "w:commentReference", "w:object",
    "w:sectPr",
};

bool skipped(std::string_view name) {
  for (const auto s : kSkipped) {
    if (s == name) return true;
  }
  return false;
}

// Style ids (w:styleId) named as headings or the title in word/styles.xml.
struct Styles {
  std::unordered_map<std::string, bool> heading;  // id -> is the Title style
};

Styles read_styles(std::string_view xml) {
  Styles styles;
  XmlReader reader(xml);
  std::string id;
  for (const XmlEvent* e = &reader.next(); e->kind != XmlEvent::Kind::done; e = &reader.next()) {
    if (e->kind != XmlEvent::Kind::start) continue;
    if (e->name == "w:style") id = std::string(e->attribute("w:styleId"));
    if (e->name == "w:name" && !id.empty()) {
      const auto name = text::ascii_lower(e->attribute("w:val"));
      if (name.starts_with("heading") || name == "title" || name == "subtitle")
        styles.heading[id] = name == "title";
    }
  }
  return styles;
}

std::string utf8_of(const std::string& xml, std::vector<std::string>& warnings) {
  auto decoded = decode(xml);
  if (!decoded) return {};
  for (auto& w : decoded.value().warnings) warnings.push_back(std::move(w));
  return std::move(decoded.value().text);
}

// The paragraphs of word/document.xml.
DocxText paragraphs(std::string_view xml, const Styles& styles) {
  DocxText out;
  XmlReader reader(xml);
  std::string paragraph;
  bool in_paragraph = false, in_text = false, title_style = false, heading_style = false;
  std::size_t skip_depth = 0;
  const auto flush = [&] {
    if (in_paragraph) {
      if (title_style && !out.title && !paragraph.empty()) out.title = paragraph;
      if (heading_style && !title_style && !paragraph.empty()) out.headings.push_back(paragraph);
      out.paragraphs.push_back(std::move(paragraph));
    }
    paragraph.clear();
    in_paragraph = false;
    title_style = false;
    heading_style = false;
  };
  for (const XmlEvent* e = &reader.next(); e->kind != XmlEvent::Kind::done; e = &reader.next()) {
    if (skip_depth > 0) {
      if (e->kind == XmlEvent::Kind::start) ++skip_depth;
      if (e->kind == XmlEvent::Kind::end) --skip_depth;
      continue;
    }
    if (e->kind == XmlEvent::Kind::start) {
      if (skipped(e->name)) {
        skip_depth = 1;
      } else if (e->name == "w:p") {
        flush();
        in_paragraph = true;
      } else if (e->name == "w:pStyle") {
        const auto it = styles.heading.find(std::string(e->attribute("w:val")));
        heading_style = it != styles.heading.end();
        title_style = heading_style && it->second;
      } else if (e->name == "w:outlineLvl") {
        heading_style = true;  // a paragraph in the document's outline
      } else if (e->name == "w:t") {
        in_text = true;
      } else if (e->name == "w:tab" || e->name == "w:ptab") {
        paragraph += '\t';
      } else if (e->name == "w:br" || e->name == "w:cr") {
        paragraph += '\n';
      } else if (e->name == "w:noBreakHyphen") {
        paragraph += '-';
      }
    } else if (e->kind == XmlEvent::Kind::end) {
      if (e->name == "w:t") in_text = false;
      if (e->name == "w:p") flush();
    } else if (in_text) {
      paragraph += e->text;
    }
  }
  flush();
  if (reader.failed())
    out.warnings.push_back(
        "the Word document's XML is damaged; only the text before the damage was read");
  return out;
}

}  // namespace

bool is_zip(std::string_view bytes) {
  return bytes.starts_with(std::string_view("PK\x03\x04", 4)) ||
         bytes.starts_with(std::string_view("PK\x05\x06", 4));
}

Result<DocxText> read_docx_text(std::string_view bytes) {
  auto archive = ZipArchive::open(bytes);
  if (!archive) return archive.error();
  const ZipEntry* main = archive.value().find("word/document.xml");
  if (!main) {
    return Error{ErrorCode::binary_file,
                 "not a text file: it looks like a ZIP archive (with no Word document in it)"};
  }
  DocxText out;
  Styles styles;
  if (const ZipEntry* entry = archive.value().find("word/styles.xml")) {
    if (auto xml = archive.value().read(*entry))
      styles = read_styles(utf8_of(xml.value(), out.warnings));
  }
  auto raw = archive.value().read(*main);
  if (!raw) return raw.error();
  std::vector<std::string> warnings = std::move(out.warnings);
  out = paragraphs(utf8_of(raw.value(), warnings), styles);
  warnings.insert(warnings.end(), out.warnings.begin(), out.warnings.end());
  out.warnings = std::move(warnings);
  return out;
}

DocxText docx_paragraphs(std::string_view document_xml) {
  Styles styles;
  styles.heading["Title"] = true;
  return paragraphs(document_xml, styles);
}

Result<std::vector<Record>> read_docx(const std::string& file_name, std::string_view bytes) {
  auto docx = read_docx_text(bytes);
  if (!docx) return docx.error();
  auto& text = docx.value();
  if (auto articles = read_nexis_uni(file_name, text.paragraphs, bytes.size())) {
    if (*articles && !articles->value().empty()) {
      auto& first = articles->value().front().warnings;
      first.insert(first.begin(), text.warnings.begin(), text.warnings.end());
    }
    return std::move(*articles);
  }
  Record record;
  record.name = file_name;
  record.title = std::move(text.title);
  record.headings = std::move(text.headings);
  record.warnings = std::move(text.warnings);
  for (const auto& p : text.paragraphs) {
    record.body += p;
    record.body += '\n';
  }
  return std::vector<Record>{std::move(record)};
}

}  // namespace presslens::input
