/**
 * Resolves parents from depths for threads drawn by indentation: the parent of a post at depth d is the
 * latest post seen at depth d-1, and depth-0 posts answer the main post. Works across batches because
 * threads are read in page order.
 */
export class ThreadTracker {
  mainId: string | undefined;
  private stack: string[] = [];

  setMain(id: string): void {
    this.mainId = id;
    this.stack = [];
  }

  /** records a post at `depth` and returns its parent's id */
  place(id: string, depth: number): string | undefined {
    if (!Number.isInteger(depth) || depth < 0) return this.mainId;
    this.stack.length = Math.min(this.stack.length, depth);
    const parent = depth === 0 ? this.mainId : this.stack[depth - 1] ?? this.mainId;
    this.stack[depth] = id;
    return parent;
  }
}
