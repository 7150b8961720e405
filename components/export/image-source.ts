import type { ReactFlowInstance } from '@xyflow/react';

/**
 * What the mounted canvas lends the image export (components/export/diagram-image.ts): its React Flow
 * instance, and a switch that draws every node and edge instead of only those in view. Kept apart
 * from the export itself so the canvas does not load html-to-image.
 */
export interface ImageSource {
  flow: ReactFlowInstance;
  /** While on, React Flow renders the whole diagram (onlyRenderVisibleElements off). */
  setRenderAll(on: boolean): void;
}

let current: ImageSource | null = null;

/** Called by the canvas while it is mounted; returns the unregister function. */
export function registerImageSource(source: ImageSource): () => void {
  current = source;
  return () => {
    if (current === source) current = null;
  };
}

export function imageSource(): ImageSource | null {
  return current;
}
