// Project files (.presslens): what the command line reads of a project the
// page exported, and the clear refusal of anything else.
#include <doctest/doctest.h>

#include "fixtures.hpp"
#include "presslens/project.hpp"
#include "project/base64.hpp"

namespace presslens {
namespace {

std::string project_fixture(const std::string& name) {
  return testing::fixture("projects/" + name);
}

std::string refusal(const std::string& name) {
  auto project = read_project(project_fixture(name));
  REQUIRE_FALSE(project.ok());
  CHECK(project.error().code == ErrorCode::invalid_argument);
  return project.error().message;
}

}  // namespace

TEST_CASE("base64: round trip, and strict about what it accepts") {
  using project::decode_base64;
  using project::encode_base64;
  for (std::string bytes : {"", "f", "fo", "foo", "foob", "fooba", "foobar"}) {
    CHECK(decode_base64(encode_base64(bytes)) == bytes);
  }
  CHECK(encode_base64("foobar") == "Zm9vYmFy");
  CHECK(encode_base64("fo") == "Zm8=");
  std::string all;
  for (int c = 0; c < 256; ++c) all += static_cast<char>(c);
  CHECK(decode_base64(encode_base64(all)) == all);
  CHECK_FALSE(decode_base64("Zm9"));        // not a multiple of four
  CHECK_FALSE(decode_base64("Zm9v YmFy"));  // a space
  CHECK_FALSE(decode_base64("Zm=v"));       // padding inside
  CHECK_FALSE(decode_base64("Zg==Zm8="));   // padding before the end
  CHECK_FALSE(decode_base64("Z==="));
  CHECK_FALSE(decode_base64("Zm9v!mFy"));
}

TEST_CASE("project: the files, in order, with their bytes exactly, and the corrections") {
  auto project = read_project(project_fixture("good.presslens"));
  REQUIRE(project.ok());
  const auto& files = project.value().files;
  CHECK(project.value().name == "Vienna talks");
  REQUIRE(files.size() == 2);
  CHECK(files[0].name == "talks/a.txt");
  CHECK(files[0].bytes.starts_with("Talks in Vienna\n"));
  CHECK(files[1].name == "b.txt");
  CHECK(files[1].bytes.find("r\xe9union") != std::string::npos);  // windows-1252, as dropped
  CHECK(project.value().corrections.empty());

  // The batch it gives is the batch of its files.
  const Batch batch = analyze(files);
  REQUIRE(batch.documents.size() == 2);
  CHECK(batch.documents[0].name == "talks/a.txt");
  CHECK(batch.documents[1].encoding == "windows-1252");
}

TEST_CASE("project: an empty project and one without corrections or notes are projects") {
  auto project = read_project(R"({"format": "presslens-project", "version": 1, "files": []})");
  REQUIRE(project.ok());
  CHECK(project.value().files.empty());
  CHECK(project.value().name.empty());
  CHECK(project.value().corrections.empty());
  // Corrections are read as a corrections file's are; one wrong in itself is kept with its problem.
  auto kept = read_project(
      R"({"format": "presslens-project", "version": 1, "files": [],
          "corrections": [{"op": "merge", "names": ["Trump", "Donald Trump"]}, {"op": "frobnicate"}]})");
  REQUIRE(kept.ok());
  const auto& corrections = kept.value().corrections;
  REQUIRE(corrections.size() == 2);
  CHECK(corrections[0].kind == CorrectionOp::merge);
  CHECK(corrections[0].names == std::vector<std::string>{"Trump", "Donald Trump"});
  CHECK_FALSE(corrections[1].kind);
  CHECK_FALSE(corrections[1].problem.empty());
}

TEST_CASE("project: what is not a project, or not one this build reads, is refused in words") {
  CHECK(refusal("not-json.presslens") ==
        "not a Presslens project file: it is not JSON (it may be damaged or cut short)");
  CHECK(refusal("not-a-project.presslens") ==
        "not a Presslens project file: it has no \"format\": \"presslens-project\"");
  CHECK(refusal("newer.presslens") ==
        "this project file was saved by a newer Presslens (project format version 2; this "
        "Presslens reads version 1): update Presslens to open it");
  CHECK(refusal("older.presslens") ==
        "this project file uses project format version 0, older than this Presslens reads "
        "(version 1)");
  CHECK(refusal("bad-base64.presslens") ==
        "damaged project file: file 2 (b.txt): its bytes are not valid base64");
  CHECK(refusal("wrong-size.presslens") ==
        "damaged project file: file 1 (talks/a.txt) holds 184 bytes where its size says 191");
  CHECK(refusal("duplicate-names.presslens") ==
        "damaged project file: two files are named talks/a.txt");
  CHECK(refusal("bad-note.presslens") == "damaged project file: note 1 does not say what it is on");
}

TEST_CASE("project: damaged fields are named") {
  const auto message = [](const std::string& text) {
    auto project = read_project(text);
    REQUIRE_FALSE(project.ok());
    return project.error().message;
  };
  const std::string head = R"({"format": "presslens-project", "version": 1, )";
  CHECK(message(R"({"format": "presslens-project"})") ==
        "damaged project file: its \"version\" is missing or not a whole number");
  CHECK(message(R"({"format": "presslens-project", "version": "1", "files": []})") ==
        "damaged project file: its \"version\" is missing or not a whole number");
  CHECK(message(head + R"("files": {}})") ==
        "damaged project file: \"files\" is missing or not a list");
  CHECK(message(head + R"("files": [{"bytes": ""}]})") ==
        "damaged project file: file 1 has no name");
  CHECK(message(head + R"("files": [{"name": "a.txt", "size": 0}]})") ==
        "damaged project file: file 1 (a.txt) has no bytes");
  CHECK(message(head + R"("files": [{"name": "a.txt", "bytes": ""}]})") ==
        "damaged project file: file 1 (a.txt) has no size");
  CHECK(message(head + R"("files": [], "corrections": {}})") ==
        "damaged project file: \"corrections\" is not a list");
  CHECK(message(head + R"("files": [], "notes": "x"})") ==
        "damaged project file: \"notes\" is not a list");
  CHECK(message(head + R"("files": [], "notes": [3]})") ==
        "damaged project file: note 1 is not an object");
  CHECK(message(head + R"("files": [], "name": 3})") ==
        "damaged project file: its \"name\" is not text");
  CHECK(message("[1, 2]") ==
        "not a Presslens project file: it has no \"format\": \"presslens-project\"");
}

}  // namespace presslens
