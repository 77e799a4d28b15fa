// MiniSearch settings shared by the index build (Node) and the page: the options an index is
// loaded with must be those it was built with.
export const INDEX_OPTIONS = {
  fields: ["title", "text"],
  storeFields: ["title", "date", "url"],
};

// Prefix and fuzzy matching, as in the reference figures of issue 4.
export const SEARCH_OPTIONS = { prefix: true, fuzzy: 0.2 };
