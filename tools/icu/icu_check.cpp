// icu_check: prints what Presslens asks of ICU, so that native ICU (full data)
// and wasm ICU (our filtered data file) can be compared line by line.
//
//   icu_check                    native: ICU's built-in data
//   icu_check icudt72l.dat       load this data file first (udata_setCommonData)
//
// emsdk_setup.sh builds it both ways and fails when the outputs differ.
// Never calls u_init() (it looks for data we filter out); every locale is explicit.
#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/udata.h>
#include <unicode/unistr.h>
#include <unicode/utypes.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

namespace {

int failures = 0;

bool ok(UErrorCode status, const std::string& what) {
  if (U_SUCCESS(status)) return true;
  std::cout << "ERROR " << what << ": " << u_errorName(status) << "\n";
  ++failures;
  return false;
}

std::string utf8(const icu::UnicodeString& s) {
  std::string out;
  return s.toUTF8String(out);
}

icu::UnicodeString fromUtf8(const std::string& s) {
  return icu::UnicodeString::fromUTF8(s);
}

// The data must outlive every ICU call, so it is never freed.
bool loadData(const char* path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cout << "ERROR cannot read " << path << "\n";
    return false;
  }
  auto* data = new std::vector<char>(std::istreambuf_iterator<char>(in), {});
  UErrorCode status = U_ZERO_ERROR;
  udata_setCommonData(data->data(), &status);
  return ok(status, "udata_setCommonData");
}

const char* const kParagraph =
    "Mr. Smith met Dr. Jones in the U.S. on Tuesday. They talked for 2.5 hours about "
    "the e-mail (sent at 9:30 a.m.) and the $1,000 budget! Was it enough? \"No,\" said "
    "Ms. O'Neill. See www.example.com for details.";

void printBreaks(const char* name, icu::BreakIterator* bi, const icu::UnicodeString& text) {
  bi->setText(text);
  std::cout << name << ":";
  bi->first();
  for (int32_t end = bi->next(); end != icu::BreakIterator::DONE; end = bi->next())
    std::cout << " " << end << "/" << bi->getRuleStatus();
  std::cout << "\n";
  for (int32_t start = bi->first(), end = bi->next(); end != icu::BreakIterator::DONE;
       start = end, end = bi->next()) {
    icu::UnicodeString piece;
    text.extractBetween(start, end, piece);
    std::cout << "  [" << utf8(piece) << "]\n";
  }
}

void checkBreaks() {
  icu::UnicodeString text = fromUtf8(kParagraph);
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> words(
      icu::BreakIterator::createWordInstance(icu::Locale("en"), status));
  if (ok(status, "word break iterator (en)")) printBreaks("words en", words.get(), text);
  status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> sentences(
      icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status));
  if (ok(status, "sentence break iterator (en@ss=standard)"))
    printBreaks("sentences en@ss=standard", sentences.get(), text);
  // Thai has no spaces between words: the dictionary does the work.
  status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> thai(
      icu::BreakIterator::createWordInstance(icu::Locale("en"), status));
  if (ok(status, "word break iterator (en, Thai text)"))
    printBreaks("words en (Thai)", thai.get(), fromUtf8("ภาษาไทยเป็นภาษาราชการของประเทศไทย"));
}

void checkNormalization() {
  const icu::UnicodeString text = fromUtf8("ﬁ Ⅻ ｆｕｌｌ Straße ǅ ① ㎏ K ½ Å ẞ ΣΑΣ İ ｶﾞ");
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  if (ok(status, "NFKC")) {
    icu::UnicodeString out = nfkc->normalize(text, status);
    if (ok(status, "NFKC normalize")) std::cout << "NFKC: " << utf8(out) << "\n";
  }
  status = U_ZERO_ERROR;
  const icu::Normalizer2* casefold = icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (ok(status, "NFKC_Casefold")) {
    icu::UnicodeString out = casefold->normalize(text, status);
    if (ok(status, "NFKC_Casefold normalize")) std::cout << "NFKC_Casefold: " << utf8(out) << "\n";
  }
}

void checkTransliteration() {
  const char* const id = "Any-Latin; Latin-ASCII; [\\u02BE\\u02BF] Remove; [:^ASCII:] Remove";
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
      icu::UnicodeString(id, -1, US_INV), UTRANS_FORWARD, status));
  if (!ok(status, std::string("transliterator ") + id)) return;
  const char* const samples[] = {
      "Walid al-Moualem — Muʿallem, Zürich, Москва, القاهرة",
      "Ελληνικά Αθήνα",
      "עברית ירושלים",
      "Հայաստան Երևան",
      "საქართველო თბილისი",
      "हिन्दी नई दिल्ली",
      "বাংলা ঢাকা",
      "ਪੰਜਾਬੀ",
      "ગુજરાતી",
      "ଓଡ଼ିଆ",
      "தமிழ் சென்னை",
      "తెలుగు",
      "ಕನ್ನಡ",
      "മലയാളം",
      "ภาษาไทย กรุงเทพมหานคร",
      "한국어 서울",
      "ひらがな とうきょう",
      "カタカナ トウキョウ",
      "ኢትዮጵያ አዲስ አበባ",
      "ܣܘܪܝܝܐ",
      "ދިވެހި",
      "ᐃᓄᒃᑎᑐᑦ",
      "မြန်မာ",
      "ㄅㄆㄇㄈ",
      "Україна Київ",
      "Беларусь",
      // No Han: Han-Latin is left out of the filtered data on purpose.
  };
  for (const char* sample : samples) {
    icu::UnicodeString s = fromUtf8(sample);
    t->transliterate(s);
    std::cout << "translit: " << sample << " => " << utf8(s) << "\n";
  }
}

std::string convert(const char* charset, const std::string& bytes) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* cnv = ucnv_open(charset, &status);
  if (!ok(status, std::string("ucnv_open ") + charset)) return "";
  std::vector<UChar> buf(bytes.size() * 2 + 16);
  int32_t n = ucnv_toUChars(cnv, buf.data(), static_cast<int32_t>(buf.size()), bytes.data(),
                            static_cast<int32_t>(bytes.size()), &status);
  ucnv_close(cnv);
  if (!ok(status, std::string("ucnv_toUChars ") + charset)) return "";
  return utf8(icu::UnicodeString(buf.data(), n));
}

void detectAndConvert(const char* label, const std::string& bytes) {
  UErrorCode status = U_ZERO_ERROR;
  UCharsetDetector* detector = ucsdet_open(&status);
  ucsdet_setText(detector, bytes.data(), static_cast<int32_t>(bytes.size()), &status);
  const UCharsetMatch* match = ucsdet_detect(detector, &status);
  if (ok(status, std::string("ucsdet ") + label) && match != nullptr) {
    const char* name = ucsdet_getName(match, &status);
    int32_t confidence = ucsdet_getConfidence(match, &status);
    const char* language = ucsdet_getLanguage(match, &status);
    if (ok(status, "ucsdet match")) {
      std::cout << "detect " << label << ": " << name << " confidence " << confidence
                << " language '" << (language ? language : "") << "'\n";
      std::cout << "  as " << name << ": " << convert(name, bytes) << "\n";
    }
  }
  ucsdet_close(detector);
}

void checkCharsets() {
  const char* const charsets[] = {
      "windows-1250", "windows-1251", "windows-1252", "windows-1253", "windows-1254",
      "windows-1255", "windows-1256", "windows-1257", "windows-1258", "ISO-8859-1",
      "ISO-8859-2",   "ISO-8859-5",   "ISO-8859-6",   "ISO-8859-7",   "ISO-8859-8",
      "ISO-8859-8-I", "ISO-8859-9",   "KOI8-R",       "US-ASCII",     "UTF-8",
      "UTF-16LE",
  };
  std::string high;
  for (int b = 0xA0; b <= 0xFF; ++b) high += static_cast<char>(b);
  for (const char* charset : charsets) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter* cnv = ucnv_open(charset, &status);
    if (!ok(status, std::string("ucnv_open ") + charset)) continue;
    std::cout << "charset " << charset << " = " << ucnv_getName(cnv, &status) << "\n";
    ucnv_close(cnv);
    if (std::string(charset).rfind("UTF", 0) != 0 && std::string(charset) != "US-ASCII")
      std::cout << "  A0-FF: " << convert(charset, high) << "\n";
  }
  detectAndConvert("windows-1252 bytes", "caf\xe9 \x93quoted\x94 na\xefve");
  detectAndConvert(
      "KOI8-R bytes",
      "\xed\xcf\xd3\xcb\xd7\xc1\x20\xd1\xd7\xcc\xd1\xc5\xd4\xd3\xd1\x20\xd3\xd4\xcf\xcc\xc9\xc3\xc5"
      "\xca\x20\xf2\xcf\xd3\xd3\xc9\xca\xd3\xcb\xcf\xca\x20\xe6\xc5\xc4\xc5\xd2\xc1\xc3\xc9\xc9\x20"
      "\xc9\x20\xcb\xd2\xd5\xd0\xce\xc5\xca\xdb\xc9\xcd\x20\xd0\xcf\x20\xde\xc9\xd3\xcc\xc5\xce\xce"
      "\xcf\xd3\xd4\xc9\x20\xce\xc1\xd3\xc5\xcc\xc5\xce\xc9\xd1\x20\xc7\xcf\xd2\xcf\xc4\xcf\xcd\x20"
      "\xd3\xd4\xd2\xc1\xce\xd9\x2e");
}

}  // namespace

int main(int argc, char** argv) {
  if (argc > 2) {
    std::cerr << "usage: icu_check [icudt" U_ICU_VERSION_SHORT "l.dat]\n";
    return 2;
  }
  if (argc == 2 && !loadData(argv[1])) return 1;
  std::cout << "ICU " << U_ICU_VERSION << "\n";
  checkBreaks();
  checkNormalization();
  checkTransliteration();
  checkCharsets();
  if (failures > 0) std::cerr << "icu_check: " << failures << " failure(s)\n";
  return failures > 0 ? 1 : 0;
}
