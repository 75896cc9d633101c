// Reading a corrections file (docs/output.md, "Corrections"): the file's
// shape is an error; each entry's problems are its own.
#include <doctest/doctest.h>

#include <string>

#include "presslens/corrections.hpp"
#include "presslens/document.hpp"

using namespace presslens;

namespace {

Correction one(const std::string& entry) {
  const auto parsed = parse_corrections("{\"corrections\": [" + entry + "]}");
  REQUIRE(parsed.ok());
  REQUIRE(parsed.value().size() == 1);
  return parsed.value().front();
}

std::string problem_of(const std::string& entry) {
  const Correction c = one(entry);
  CHECK_FALSE(c.kind.has_value());
  return c.problem;
}

}  // namespace

TEST_CASE("a corrections file that is not JSON, or not a list of corrections, is an error") {
  for (const std::string bad : {"", "not json", "{\"corrections\": [", "[]", "{}", "42",
                                "{\"corrections\": {}}", "{\"corrections\": \"merge\"}"}) {
    CAPTURE(bad);
    const auto parsed = parse_corrections(bad);
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().code == ErrorCode::invalid_argument);
  }
  CHECK(parse_corrections("not json").error().message ==
        "the corrections are not JSON (at byte 2)");
  CHECK(parse_corrections("[]").error().message ==
        "the corrections must be an object {\"corrections\": [...]}");
  const auto empty = parse_corrections(R"({"corrections": [], "version": 1})");
  REQUIRE(empty.ok());
  CHECK(empty.value().empty());
}

TEST_CASE("each operation's fields are read") {
  const auto merge = one(R"({"op": "merge", "names": ["Donald Trump", " Trump "]})");
  CHECK(merge.kind == CorrectionOp::merge);
  CHECK(merge.names == std::vector<std::string>{"Donald Trump", "Trump"});

  const auto split =
      one(R"({"op": "split", "document": "a.txt", "start": 3, "end": 10, "name": "Bill Clinton"})");
  CHECK(split.kind == CorrectionOp::split);
  CHECK(split.document == "a.txt");
  CHECK(split.start == 3);
  CHECK(split.end == 10);
  CHECK(split.name == "Bill Clinton");

  const auto retype = one(R"({"op": "retype", "name": "Teneo", "type": "ORG"})");
  CHECK(retype.kind == CorrectionOp::retype);
  CHECK(retype.type == EntityType::organisation);

  CHECK(one(R"({"op": "not_a_name", "name": "Election Day"})").name == "Election Day");

  const auto speaker =
      one(R"({"op": "speaker", "document": "a.txt", "start": 7, "speaker": "Donald Trump"})");
  CHECK(speaker.kind == CorrectionOp::speaker);
  CHECK(speaker.speaker == "Donald Trump");
  const auto nobody = one(R"({"op": "speaker", "document": "a.txt", "start": 7, "speaker": null})");
  CHECK(nobody.kind == CorrectionOp::speaker);
  CHECK_FALSE(nobody.speaker.has_value());

  const auto keep = one(R"({"op": "keep_block", "document": "a.txt", "block": 7})");
  CHECK(keep.kind == CorrectionOp::keep_block);
  CHECK(keep.block == 7);
  CHECK(one(R"({"op": "remove_block", "document": "a.txt", "block": 0})").kind ==
        CorrectionOp::remove_block);

  const auto rename = one(R"({"op": "rename", "name": "Trump", "to": "Donald J. Trump"})");
  CHECK(rename.kind == CorrectionOp::rename);
  CHECK(rename.to == "Donald J. Trump");
  CHECK(one(R"({"op": "unmerge", "name": "Clinton"})").kind == CorrectionOp::unmerge);

  // Keys an operation does not use are ignored (a page may record more).
  CHECK(one(R"({"op": "not_a_name", "name": "X", "at": "2026-01-01", "by": "me"})").kind ==
        CorrectionOp::not_a_name);
}

TEST_CASE("an entry that is wrong in itself keeps its problem") {
  CHECK(problem_of("3") == "a correction must be an object with an \"op\"");
  CHECK(problem_of(R"({"name": "X"})") == "\"op\" is missing or not a string");
  CHECK(problem_of(R"({"op": 3})") == "\"op\" is missing or not a string");
  CHECK(problem_of(R"({"op": "frobnicate"})") == "unknown operation \"frobnicate\"");
  CHECK(one(R"({"op": "frobnicate"})").op == "frobnicate");

  CHECK(problem_of(R"({"op": "merge"})") == "\"names\" is missing: a list of two or more names");
  CHECK(problem_of(R"({"op": "merge", "names": ["Trump"]})") ==
        "\"names\" must be a list of two or more names");
  CHECK(problem_of(R"({"op": "merge", "names": "Trump, Donald Trump"})") ==
        "\"names\" must be a list of two or more names");
  CHECK(problem_of(R"({"op": "merge", "names": ["Trump", 3]})") ==
        "every entry of \"names\" must be a name (a string)");
  CHECK(problem_of(R"({"op": "merge", "names": ["Trump", "  "]})") ==
        "every entry of \"names\" must be a name (a string)");

  CHECK(problem_of(R"({"op": "split", "document": "a.txt", "start": -1, "end": 4, "name": "X"})") ==
        "\"start\" must be an offset (a whole number)");
  CHECK(
      problem_of(R"({"op": "split", "document": "a.txt", "start": 1.5, "end": 4, "name": "X"})") ==
      "\"start\" must be an offset (a whole number)");
  CHECK(
      problem_of(R"({"op": "split", "document": "a.txt", "start": "1", "end": 4, "name": "X"})") ==
      "\"start\" must be an offset (a whole number)");
  CHECK(problem_of(R"({"op": "split", "document": "a.txt", "start": 4, "end": 4, "name": "X"})") ==
        "\"end\" must be after \"start\"");
  CHECK(problem_of(R"({"op": "split", "start": 1, "end": 4, "name": "X"})") ==
        "\"document\" is missing: a document name");
  CHECK(problem_of(R"({"op": "split", "document": "a.txt", "start": 1, "end": 4})") ==
        "\"name\" is missing: the name of an identity");

  CHECK(problem_of(R"({"op": "retype", "name": "Teneo", "type": "BANK"})") ==
        "\"type\" must be one of PER, ORG, LOC, MISC");
  CHECK(problem_of(R"({"op": "retype", "name": "Teneo", "type": "org"})") ==
        "\"type\" must be one of PER, ORG, LOC, MISC");
  CHECK(problem_of(R"({"op": "retype", "type": "ORG"})") == "\"name\" is missing: a name");
  CHECK(problem_of(R"({"op": "not_a_name", "name": ""})") == "\"name\" must be a name");
  CHECK(problem_of(R"({"op": "not_a_name", "name": ["X"]})") == "\"name\" must be a name");

  CHECK(problem_of(R"({"op": "speaker", "document": "a.txt", "start": 7})") ==
        "\"speaker\" is missing: a name, or null to reject the attribution");
  CHECK(problem_of(R"({"op": "speaker", "document": "a.txt", "start": 7, "speaker": 3})") ==
        "\"speaker\" must be a name, or null to reject the attribution");

  CHECK(problem_of(R"({"op": "keep_block", "document": "a.txt", "block": "7"})") ==
        "\"block\" must be a block index (a whole number)");
  CHECK(problem_of(R"({"op": "remove_block", "block": 7})") ==
        "\"document\" is missing: a document name");
  CHECK(problem_of(R"({"op": "rename", "name": "Trump"})") == "\"to\" is missing: the new name");
}

TEST_CASE("entries are read in order, good and bad alike") {
  const auto parsed = parse_corrections(
      R"({"corrections": [{"op": "not_a_name", "name": "A"}, {"op": "nope"},
                          {"op": "unmerge", "name": "B"}]})");
  REQUIRE(parsed.ok());
  REQUIRE(parsed.value().size() == 3);
  CHECK(parsed.value()[0].kind == CorrectionOp::not_a_name);
  CHECK_FALSE(parsed.value()[1].kind.has_value());
  CHECK(parsed.value()[2].kind == CorrectionOp::unmerge);
}
