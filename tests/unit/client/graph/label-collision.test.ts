// Node labels never overlap: the forced and bigger ones are kept, a label in their way is left out, labels clear of
// each other are all kept.
import { describe, expect, it } from 'vitest';
import { labelsWithoutOverlap, type LabelCandidate } from '../../../../client/graph/label-collision.js';

const width = (label: string) => label.length * 7;
const node = (key: string, x: number, y: number, size = 5, forced = false): LabelCandidate => ({
  key,
  label: key,
  x,
  y,
  size,
  forced,
});

describe('labelsWithoutOverlap', () => {
  it('keeps labels that are clear of each other', () => {
    const kept = labelsWithoutOverlap([node('Meta', 100, 100), node('xAI', 100, 200)], width, 13, 800);
    expect([...kept].sort()).toEqual(['Meta', 'xAI']);
  });

  it('leaves out the smaller node’s label where two would overlap', () => {
    const kept = labelsWithoutOverlap(
      [node('Musk sues Altman and OpenAI', 100, 100, 4), node('Zuckerberg offers', 110, 105, 9)],
      width,
      13,
      800,
    );
    expect([...kept]).toEqual(['Zuckerberg offers']);
  });

  it('always keeps a forced label (selected, hovered), before bigger nodes', () => {
    const kept = labelsWithoutOverlap(
      [node('Big hub', 100, 100, 20), node('Selected person', 110, 102, 3, true)],
      width,
      13,
      800,
    );
    expect([...kept]).toEqual(['Selected person']);
  });
});
