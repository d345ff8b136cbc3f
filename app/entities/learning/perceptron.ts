// An averaged multi-class perceptron (Collins 2002): sparse string features, one weight per feature and label, the
// weights averaged over every step of training so that late examples do not swing the model. Small enough to train
// from scratch in milliseconds on a reader's thousand decisions.

export interface Example {
  features: readonly string[];
  label: string;
}

export interface Prediction {
  label: string;
  /** The winning score minus the runner-up's (0 when nothing is known of these features). */
  margin: number;
  scores: Map<string, number>;
}

export class AveragedPerceptron {
  readonly labels = new Set<string>();
  /** feature → label → weight (averaged after `train`). */
  private weights = new Map<string, Map<string, number>>();
  /** For the average: the sum of each weight over the steps, and the step it last changed. */
  private totals = new Map<string, Map<string, number>>();
  private stamps = new Map<string, Map<string, number>>();
  private step = 0;
  examples = 0;

  /** Trains on the examples, `epochs` passes in a fixed shuffled order, then averages the weights. */
  train(examples: readonly Example[], epochs = 5): this {
    for (const e of examples) this.labels.add(e.label);
    this.examples += examples.length;
    const order = examples.map((_, i) => i);
    let seed = 0x2545f491;
    for (let epoch = 0; epoch < epochs; epoch++) {
      // A deterministic shuffle (xorshift), so that a model is the same for the same decisions.
      for (let i = order.length - 1; i > 0; i--) {
        seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5;
        const j = (seed >>> 0) % (i + 1);
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      for (const i of order) this.learn(examples[i]!);
    }
    this.average();
    return this;
  }

  /** Whether training saw this feature (with a weight left on some label). */
  knows(feature: string): boolean {
    return this.weights.has(feature);
  }

  /** The best label for these features; `also`: labels to weigh besides those trained (a rule's type never seen). */
  predict(features: readonly string[], also: readonly string[] = []): Prediction {
    const scores = new Map<string, number>();
    for (const label of [...this.labels, ...also]) scores.set(label, 0);
    for (const f of features) {
      const row = this.weights.get(f);
      if (row) for (const [label, w] of row) scores.set(label, (scores.get(label) ?? 0) + w);
    }
    let best = '';
    let bestScore = -Infinity;
    let second = -Infinity;
    for (const [label, score] of scores) {
      if (score > bestScore || (score === bestScore && label < best)) {
        second = bestScore;
        best = label;
        bestScore = score;
      } else if (score > second) second = score;
    }
    return { label: best, margin: second === -Infinity ? 0 : bestScore - second, scores };
  }

  private learn(example: Example): void {
    this.step++;
    const { label: guess, margin, scores } = this.predict(example.features);
    // A tie is a mistake too: with one label known, its examples must still move its weights.
    if (guess === example.label && margin > 0) return;
    let rival = guess === example.label ? '' : guess;
    if (!rival) for (const [label, score] of scores) if (label !== example.label && (!rival || score > scores.get(rival)!)) rival = label;
    for (const f of example.features) {
      this.bump(f, example.label, 1);
      if (rival) this.bump(f, rival, -1);
    }
  }

  private bump(feature: string, label: string, by: number): void {
    const row = this.weights.get(feature) ?? new Map<string, number>();
    const totals = this.totals.get(feature) ?? new Map<string, number>();
    const stamps = this.stamps.get(feature) ?? new Map<string, number>();
    const w = row.get(label) ?? 0;
    totals.set(label, (totals.get(label) ?? 0) + (this.step - (stamps.get(label) ?? 0)) * w);
    stamps.set(label, this.step);
    row.set(label, w + by);
    this.weights.set(feature, row);
    this.totals.set(feature, totals);
    this.stamps.set(feature, stamps);
  }

  private average(): void {
    for (const [feature, row] of this.weights) {
      const totals = this.totals.get(feature)!;
      const stamps = this.stamps.get(feature)!;
      for (const [label, w] of row) {
        const total = (totals.get(label) ?? 0) + (this.step - (stamps.get(label) ?? 0)) * w;
        row.set(label, total / Math.max(1, this.step));
      }
    }
    this.totals.clear();
    this.stamps.clear();
  }
}
