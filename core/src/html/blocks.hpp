// A page's visible text as blocks, as a browser lays it out: each block
// element (<p>, <li>, <h2>, <td>, <div>...) and each <br> starts a new
// line. Scripts, styles, forms' controls, hidden elements (hidden,
// display:none) and embedded media give no text. Every block keeps the
// evidence its place in the tree gives: its element, landmarks around it
// (<article>, <nav>, role="main"...), the class and id names of its
// ancestors, and how much of it is link text.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "html/cues.hpp"
#include "html/dom.hpp"

namespace presslens::html {

// Landmarks and structures a block sits in (bits).
enum class Landmark : std::uint8_t {
  article,       // <article>, role="article"
  main,          // <main>, role="main"
  article_body,  // itemprop="articleBody" (schema.org markup of the body)
  nav,           // <nav>, role="navigation"
  aside,         // <aside>, role="complementary"
  header,        // <header>, role="banner"
  footer,        // <footer>, role="contentinfo"
  form,          // <form>
  figure,        // <figure>
  list,          // <ul>, <ol>, <dl>, <menu>
  table,         // <table>
  blockquote,    // <blockquote>
  heading,       // <h1>...<h6>
  address,       // <address>
  details,       // <details>, <dialog>
  aria_hidden,   // aria-hidden="true"
  count,
};

using LandmarkSet = std::uint32_t;

constexpr LandmarkSet landmark_bit(Landmark landmark) {
  return LandmarkSet{1} << static_cast<unsigned>(landmark);
}

struct PageBlock {
  std::string text;                 // whitespace collapsed; not yet NFC-normalised
  std::uint32_t element = kNoNode;  // the nearest block-level element around the text
  Tag tag = Tag::other;             // its tag
  std::uint32_t chars = 0;          // bytes of text, spaces excluded
  std::uint32_t link_chars = 0;     // of them inside links
  LandmarkSet landmarks = 0;
  CueSet near_cues = 0;  // class/id cues of the three nearest elements around the text
  CueSet far_cues = 0;   // of every ancestor
  int list_depth = 0;    // lists around it
};

std::vector<PageBlock> page_blocks(const Dom& dom);

}  // namespace presslens::html
