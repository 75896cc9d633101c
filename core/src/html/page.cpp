#include "html/page.hpp"

#include "html/charset.hpp"
#include "html/extract.hpp"
#include "input/decode.hpp"
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

Document read_page(const std::string& name, std::string_view bytes, InputFormat format) {
  const std::size_t file_bytes = bytes.size();
  std::string archived;
  std::string declared;
  std::string archive_url;
  if (format == InputFormat::mhtml) {
    auto page = input::read_mhtml(bytes);
    if (!page) return failed(name, page.error());
    archived = std::move(page.value().html);
    declared = std::move(page.value().charset);
    archive_url = std::move(page.value().url);
    bytes = archived;
  }
  if (declared.empty()) declared = declared_charset(bytes);
  auto decoded = input::decode(bytes, {declared});
  if (!decoded) return failed(name, decoded.error());

  Document document;
  document.name = name;
  document.format = format;
  document.encoding = decoded.value().encoding;
  document.bytes = file_bytes;
  document.warnings = decoded.value().warnings;
  const PageAnalysis analysis = analyse_page(decoded.value().text);
  decide_page(analysis, fitted_models(), document);
  // The archive's header is taken only as text: bytes that are not UTF-8
  // say nothing of the page's address.
  if (!document.url && !archive_url.empty() && text::scan_utf8(archive_url).valid)
    document.url = archive_url;
  if (document.blocks.empty()) {
    return failed(name, {ErrorCode::empty_file, "the page holds no text"});
  }
  return document;
}

}  // namespace presslens::html
