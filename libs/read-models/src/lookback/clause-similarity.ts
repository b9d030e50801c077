import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { CatalogueEdition, LookbackPolicyEdition } from '@hazard-ledger/domain';

export interface ClauseMatch {
  clauseId: string;
  clauseTitle: string;
  /** TF-IDF cosine of the description against the clause's title and keywords, 0–1, to 3 decimals. */
  score: number;
  /** The terms both share, in the description's order. */
  matchedTerms: string[];
}

let segmenter: Jieba | undefined;
const jieba = (): Jieba => (segmenter ??= Jieba.withDict(dict));

const NOISE = /^[\p{P}\p{S}\p{N}\s]+$/u;

/** Chinese word segmentation (jieba, precise mode) without stop-words, punctuation and numbers. */
export const termsOf = (text: string, stopWords: ReadonlySet<string>): string[] =>
  jieba()
    .cut(text, false)
    .map((t) => t.trim())
    .filter((t) => t !== '' && !NOISE.test(t) && !stopWords.has(t));

const counts = (terms: string[]): Map<string, number> => {
  const m = new Map<string, number>();
  for (const t of terms) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
};

interface Vector {
  weights: Map<string, number>;
  norm: number;
}

const vector = (tf: Map<string, number>, idf: (t: string) => number): Vector => {
  const weights = new Map([...tf].map(([t, n]) => [t, n * idf(t)]));
  return { weights, norm: Math.sqrt([...weights.values()].reduce((s, w) => s + w * w, 0)) };
};

/**
 * TF-IDF over the catalogue's clauses (title + the policy's keywords), cosine against a description. A term no
 * clause uses gets the highest idf, so words unrelated to any clause pull a description's score down.
 */
export class ClauseIndex {
  private readonly stop: ReadonlySet<string>;
  private readonly clauses: { id: string; title: string; v: Vector }[];
  private readonly idf: (t: string) => number;

  constructor(catalogue: CatalogueEdition, policy: LookbackPolicyEdition) {
    this.stop = new Set(policy.stopWords);
    const docs = [...catalogue.clauses.values()].map((c) => ({
      id: c.id,
      title: c.title,
      tf: counts(termsOf([c.title, ...(policy.clauseKeywords[c.id] ?? [])].join(' '), this.stop)),
    }));
    const df = new Map<string, number>();
    for (const d of docs) for (const t of d.tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    const n = docs.length;
    this.idf = (t) => Math.log(1 + n / (df.get(t) ?? 1));
    this.clauses = docs.map((d) => ({ id: d.id, title: d.title, v: vector(d.tf, this.idf) }));
  }

  /** The best-scoring clause, ties broken by clause id; undefined when nothing is shared. */
  best(description: string): ClauseMatch | undefined {
    const terms = termsOf(description, this.stop);
    const q = vector(counts(terms), this.idf);
    let best: ClauseMatch | undefined;
    for (const c of this.clauses) {
      let dot = 0;
      for (const [t, w] of q.weights) dot += w * (c.v.weights.get(t) ?? 0);
      if (dot === 0 || q.norm === 0 || c.v.norm === 0) continue;
      const score = Math.round((dot / (q.norm * c.v.norm)) * 1000) / 1000;
      if (!best || score > best.score)
        best = {
          clauseId: c.id,
          clauseTitle: c.title,
          score,
          matchedTerms: [...new Set(terms.filter((t) => c.v.weights.has(t)))],
        };
    }
    return best;
  }
}

const indexes = new Map<string, ClauseIndex>();

/** One index per catalogue edition and policy edition, built on first use. */
export const clauseIndexFor = (catalogue: CatalogueEdition, policy: LookbackPolicyEdition): ClauseIndex => {
  const key = `${catalogue.version}|${policy.version}`;
  let index = indexes.get(key);
  if (!index) indexes.set(key, (index = new ClauseIndex(catalogue, policy)));
  return index;
};
