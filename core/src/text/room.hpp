// Giving back a list's spare room once it is built and is to be held (the
// base layer's one container helper, as hash.hpp holds the tables' hashing).
#pragma once

namespace presslens::text {

// Shrinks `list` to what it holds when the room to spare is over a quarter
// of that: a vector grown by doubling holds up to twice its items, but
// giving the room back is a copy, so a list nearly full keeps it.
template <class List>
void give_back_room(List& list) {
  if (list.capacity() - list.size() > list.size() / 4) list.shrink_to_fit();
}

}  // namespace presslens::text
