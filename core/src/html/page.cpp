#include "html/page.hpp"

#include "html/charset.hpp"
#include "html/extract.hpp"
#include "input/mhtml.hpp"
#include "text/utf8.hpp"

namespace presslens::html {
namespace {

Document failed(const std::string& name, const Error& error) {
  Document document;
  document.name = name;
  document.error = error;
  return document;
}

}  // namespace

Result<DecodedPage> decode_page(std::string_view bytes, InputFormat format) {
  std::string archived;
  std::string declared;
  DecodedPage page;
  if (format == InputFormat::mhtml) {
    auto archive = input::read_mhtml(bytes);
    if (!archive) return archive.error();
    archived = std::move(archive.value().html);
    declared = std::move(archive.value().charset);
    page.archive_url = std::move(archive.value().url);
    bytes = archived;
  }
  if (declared.empty()) declared = declared_charset(bytes);
  auto decoded = input::decode(bytes, {declared});
  if (!decoded) return decoded.error();
  page.decoded = std::move(decoded.value());
  return page;
}

Document read_page(const std::string& name, const DecodedPage& page, ParsedPage parsed,
                   InputFormat format, std::size_t file_bytes) {
  Document document;
  document.name = name;
  document.format = format;
  document.encoding = page.decoded.encoding;
  document.bytes = file_bytes;
  document.warnings = page.decoded.warnings;
  const PageAnalysis analysis = analyse_page(std::move(parsed));
  decide_page(analysis, fitted_models(), document);
  // The archive's header is taken only as text: bytes that are not UTF-8
  // say nothing of the page's address.
  if (!document.url && !page.archive_url.empty() && text::scan_utf8(page.archive_url).valid)
    document.url = page.archive_url;
  if (document.blocks.empty()) {
    return failed(name, {ErrorCode::empty_file, "the page holds no text"});
  }
  return document;
}

Document read_page(const std::string& name, std::string_view bytes, InputFormat format) {
  auto page = decode_page(bytes, format);
  if (!page) return failed(name, page.error());
  auto parsed = parse_html(page.value().decoded.text);
  return read_page(name, page.value(), std::move(parsed), format, bytes.size());
}

}  // namespace presslens::html
