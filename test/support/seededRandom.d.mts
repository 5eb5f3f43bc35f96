/** Types of seededRandom.mjs. */
export declare function seededRandom(seed: number): () => number;
