// Ranking quality against graded judgments: nDCG@k, recall@k and MRR.
// `ranking` lists document ids best first (a document's rank is that of its best result: the
// caller keeps each document's first occurrence); `relevant` maps an id to a grade (2 = highly
// relevant, 1 = partly relevant; absent = 0).

/** Keeps each id's first occurrence. */
export const dedupe = (ids) => [...new Set(ids)];

const log2 = (x) => Math.log(x) / Math.LN2;

/** nDCG@k with the grade as gain: DCG = sum of grade / log2(rank + 1), over the ideal DCG. */
export function ndcg(ranking, relevant, k = 10) {
  const dcg = ranking.slice(0, k).reduce((sum, id, i) => sum + (relevant[id] ?? 0) / log2(i + 2), 0);
  const ideal = Object.values(relevant)
    .sort((a, b) => b - a)
    .slice(0, k)
    .reduce((sum, g, i) => sum + g / log2(i + 2), 0);
  return ideal > 0 ? dcg / ideal : 0;
}

/** The share of relevant documents (grade > 0) found in the first k. */
export function recall(ranking, relevant, k = 10) {
  const wanted = Object.keys(relevant).filter((id) => relevant[id] > 0);
  if (wanted.length === 0) return 0;
  const top = new Set(ranking.slice(0, k));
  return wanted.filter((id) => top.has(id)).length / wanted.length;
}

/** 1 / rank of the first relevant document, 0 when none is ranked. */
export function reciprocalRank(ranking, relevant) {
  const i = ranking.findIndex((id) => (relevant[id] ?? 0) > 0);
  return i < 0 ? 0 : 1 / (i + 1);
}

/** Mean nDCG@10, recall@10 and MRR over judged queries: [{ ranking, relevant }]. */
export function score(judged, k = 10) {
  const mean = (f) => judged.reduce((s, j) => s + f(j), 0) / judged.length;
  return {
    ndcg: mean((j) => ndcg(j.ranking, j.relevant, k)),
    recall: mean((j) => recall(j.ranking, j.relevant, k)),
    mrr: mean((j) => reciprocalRank(j.ranking, j.relevant)),
    queries: judged.length,
  };
}
