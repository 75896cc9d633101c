#include <doctest/doctest.h>

#include "fixtures.hpp"
#include "input/records.hpp"

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
  CHECK(broken.error().message == "the file is not valid JSON");
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
