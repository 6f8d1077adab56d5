// foi-searchd: the HTTP search daemon. Not built yet: the search, facet and document API is issue 4.
#include <cstdio>

int main() {
  std::fputs("foi-searchd: the search API is not built yet (issue 4); foi-index builds the index it will serve\n",
             stderr);
  return 1;
}
