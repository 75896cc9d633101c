#include <doctest/doctest.h>

#include "fixtures.hpp"
#include "input/records.hpp"
#include "presslens/analyze.hpp"

using namespace presslens::input;

TEST_CASE("a .jsonl file gives one record per line; a bad line is an error of its own") {
  const auto records = split_records("feed.jsonl", presslens::testing::fixture("records.jsonl"));
  REQUIRE(records.ok());
  const auto& r = records.value();
  REQUIRE(r.size() == 4);
  CHECK(r[0].name == "feed.jsonl#1");
  CHECK(r[0].title == "Lavrov meets Moualem");
  CHECK(r[0].url == "https://example.org/a");
  CHECK(r[0].source == "Example News");
  CHECK(r[0].date == "2015-08-26T10:00:00Z");
  CHECK_FALSE(r[0].error);
  REQUIRE(r[1].error);
  CHECK(r[1].error->message == "line 2 is not valid JSON");
  CHECK(r[2].title == "Peskov speaks");
  CHECK(r[2].body == "Dmitry Peskov spoke on Tuesday.\n\nHe said little.");
  REQUIRE(r[3].error);
  CHECK(r[3].error->code == presslens::ErrorCode::invalid_record);
}

TEST_CASE("a .json file with one record, and a broken .json file") {
  const auto one = split_records("one.json", presslens::testing::fixture("record.json"));
  REQUIRE(one.ok());
  REQUIRE(one.value().size() == 1);
  CHECK(one.value()[0].name == "one.json");
  CHECK(one.value()[0].body == "A single article record.");

  const auto broken = split_records("x.json", presslens::testing::fixture("not-json.json"));
  REQUIRE_FALSE(broken.ok());
  CHECK(broken.error().message.starts_with("the file is not valid JSON (near byte "));
}

TEST_CASE("an array of records, also under a wrapper key") {
  const auto array =
      split_records("a.json", R"([{"title":"A","text":"x"},{"title":"B","body":"y"}])");
  REQUIRE(array.ok());
  REQUIRE(array.value().size() == 2);
  CHECK(array.value()[1].name == "a.json#2");
  const auto wrapped = split_records("b.json", R"({"articles":[{"title":"A","content":"x"}]})");
  REQUIRE(wrapped.ok());
  CHECK(wrapped.value().at(0).name == "b.json");  // one record: the file's name
}

TEST_CASE("a JSON array of a million numbers is one error, not a million") {
  std::string numbers = "[";
  for (int i = 0; i < 1000000; ++i) numbers += i ? ",1" : "1";
  numbers += "]";
  const auto records = split_records("numbers.json", numbers);
  REQUIRE_FALSE(records.ok());
  CHECK(records.error().message ==
        "none of the 1,000,000 records is an article (the first: the record is not a JSON "
        "object)");
}

TEST_CASE("a lone bad escape or an impossible number is repaired, not the file refused") {
  const auto records = split_records(
      "a.json", R"([{"title":"Bad \ud800 escape","text":"Lavrov spoke.","views":1e999999},)"
                R"( {"title":"B","text":"Kerry spoke.\udc00"}, {"title":"C","text":"Fine."}])");
  REQUIRE(records.ok());
  const auto& r = records.value();
  REQUIRE(r.size() == 3);
  CHECK(r[0].title == "Bad \uFFFD escape");
  CHECK(r[0].body == "Lavrov spoke.");
  REQUIRE(r[0].warnings.size() == 1);
  CHECK(r[0].warnings[0] ==
        "2 flaws in the JSON repaired: 1 unpaired surrogate escape (\\ud800...) replaced with "
        "U+FFFD, 1 number out of range replaced with null");
  CHECK(r[1].body == "Kerry spoke.\uFFFD");
  CHECK(r[1].warnings.size() == 1);
  CHECK(r[2].warnings.empty());
  // A raw control character inside a string, in a .jsonl line.
  const auto lines = split_records("b.jsonl", std::string("{\"text\":\"tab\there\"}\n"));
  REQUIRE(lines.ok());
  CHECK(lines.value()[0].body == "tab here");
  CHECK(lines.value()[0].warnings.size() == 1);
}

TEST_CASE("the records of one file are capped, and what is past the cap is said") {
  std::string feed;
  for (int i = 0; i < 700; ++i)
    feed += R"({"text":"x"})"
            "\n";  // 9 KB: 500 records may be read
  const auto records = split_records("feed.jsonl", feed);
  REQUIRE(records.ok());
  const auto& r = records.value();
  REQUIRE(r.size() == 501);
  CHECK(r[499].name == "feed.jsonl#500");
  CHECK_FALSE(r[499].error);
  CHECK(r[500].name == "feed.jsonl#501");
  REQUIRE(r[500].error);
  CHECK(r[500].error->code == presslens::ErrorCode::file_too_large);
  CHECK(r[500].error->message ==
        "only the first 500 records were read; the file holds 700 (split it into smaller files)");
}

TEST_CASE("records that are not articles are listed up to 100 per file, then counted") {
  std::string feed = R"({"text":"a real one"})"
                     "\n";
  for (int i = 0; i < 150; ++i) feed += "42\n";
  const auto records = split_records("feed.jsonl", feed);
  REQUIRE(records.ok());
  const auto& r = records.value();
  REQUIRE(r.size() == 1 + 100 + 1);
  CHECK_FALSE(r[0].error);
  CHECK(r[100].error->message == "the record is not a JSON object");
  CHECK(r[101].name == "feed.jsonl#102");
  CHECK(r[101].error->message ==
        "this and 49 more records are not articles (only the first 100 are listed)");
}

TEST_CASE("fields nested a million deep cost nothing; fields of sub-objects are read") {
  const std::string deep = std::string(1000000, '[') + std::string(1000000, ']');
  const auto records = split_records("a.json", R"({"source":{"name":"Reuters"},"extra":)" + deep +
                                                   R"(,"text":["one","","two"],"date":20150916})");
  REQUIRE(records.ok());
  const auto& r = records.value().at(0);
  CHECK(r.source == "Reuters");
  CHECK(r.body == "one\n\n\n\ntwo");
  CHECK(r.date == "20150916");
  const auto wrapped = split_records("w.json", R"({"data":[{"text":"a"},7,{"text":"b"}]})");
  REQUIRE(wrapped.ok());
  REQUIRE(wrapped.value().size() == 3);
  CHECK(wrapped.value()[2].name == "w.json#3");
  CHECK(wrapped.value()[2].body == "b");
  CHECK(wrapped.value()[1].error);
}

TEST_CASE("dates as news exports write them become ISO 8601") {
  CHECK(iso_date("2015-08-26T10:00:00Z") == "2015-08-26");
  CHECK(iso_date("Tue, 17 Nov 2015 09:00:00 GMT") == "2015-11-17");
  CHECK(iso_date("September 16, 2015") == "2015-09-16");
  CHECK(iso_date("16 Sept 2015") == "2015-09-16");
  CHECK(iso_date("2015/02/29") == std::nullopt);  // not a leap year
  CHECK(iso_date("yesterday") == std::nullopt);
}

TEST_CASE("file formats follow the extension") {
  CHECK(format_of("a.JSON") == FileFormat::json);
  CHECK(format_of("a.ndjson") == FileFormat::json_lines);
  CHECK(format_of("a.txt") == FileFormat::text);
  CHECK(format_of("README") == FileFormat::text);
}

TEST_CASE("each record carries the format its file was read as, and the document reports it") {
  using presslens::InputFormat;
  const auto formats = [](const std::string& name, const std::string& content) {
    const auto records = split_records(name, content);
    REQUIRE(records.ok());
    std::vector<InputFormat> out;
    for (const auto& record : records.value()) out.push_back(record.format);
    return out;
  };
  const auto fixture = presslens::testing::fixture;
  CHECK(formats("feed.jsonl", fixture("records.jsonl")) == std::vector(4, InputFormat::json));
  CHECK(formats("one.json", fixture("record.json")) == std::vector{InputFormat::json});
  CHECK(formats("article.rtf", fixture("rtf/article.rtf")) == std::vector{InputFormat::rtf});
  CHECK(formats("factiva.rtf", fixture("rtf/factiva.rtf")) == std::vector(2, InputFormat::rtf));
  CHECK(formats("n.eml", fixture("email/newsletter.eml")) == std::vector{InputFormat::email});
  // An e-mail saved as .txt is known by its headers; an export by its layout.
  CHECK(formats("saved.txt", fixture("email/plain-only.eml")) == std::vector{InputFormat::email});
  CHECK(formats("export.txt", fixture("rtf/factiva-plain.txt")) ==
        std::vector(2, InputFormat::text));
  CHECK(formats("note.txt", "The mayor said so on Monday.\n") == std::vector{InputFormat::text});

  const auto batch = presslens::prepare_batch(std::vector<presslens::InputFile>{
      presslens::testing::fixture_file("rtf/article.rtf"),
      presslens::testing::fixture_file("records.jsonl"),
      {"saved.txt", fixture("email/plain-only.eml"), {}},
  });
  REQUIRE(batch.documents.size() == 6);
  CHECK(batch.documents[0].format == InputFormat::rtf);
  for (std::size_t i = 1; i <= 4; ++i) CHECK(batch.documents[i].format == InputFormat::json);
  CHECK(batch.documents[5].format == InputFormat::email);
}
