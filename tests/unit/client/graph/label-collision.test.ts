// Node labels never overlap: the forced and bigger ones are kept, a label in their way goes to the other side of its
// node or is left out, labels clear of each other are all kept; a label runs across no other node where a side is clear.
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
    expect([...kept.keys()].sort()).toEqual(['Meta', 'xAI']);
  });

  it('leaves out the smaller node’s label where two would overlap', () => {
    const kept = labelsWithoutOverlap(
      [node('Musk sues Altman and OpenAI', 100, 100, 4), node('Zuckerberg offers', 110, 105, 9)],
      width,
      13,
      800,
    );
    expect([...kept.keys()]).toEqual(['Zuckerberg offers']);
  });

  it('always keeps a forced label (selected, hovered), before bigger nodes: another in its way goes to its other side, or is left out', () => {
    const moved = labelsWithoutOverlap(
      [node('Big hub', 100, 100, 20), node('Selected person', 110, 102, 3, true)],
      width,
      13,
      800,
    );
    expect([...moved]).toEqual([
      ['Selected person', 'right'],
      ['Big hub', 'left'],
    ]);
    // Near the canvas's left side the hub's name does not fit on its left: it is left out.
    const out = labelsWithoutOverlap(
      [node('Big hub', 40, 100, 20), node('Selected person', 50, 102, 3, true)],
      width,
      13,
      800,
    );
    expect([...out.keys()]).toEqual(['Selected person']);
  });

  it('puts a label on the other side of its node where it would run across another node, and keeps it where it is clear', () => {
    const label = node('Musk proposes a takeover', 300, 100);
    // The label would run from 308 to 476 on the right: a node at 350 lies on it.
    const blocker = { key: 'org:openai', x: 350, y: 100, r: 8 };
    expect([...labelsWithoutOverlap([label], width, 13, 800, [blocker])]).toEqual([
      ['Musk proposes a takeover', 'left'],
    ]);
    // Its own node is no obstacle, and a node above the label's line is not in its way.
    const own = { key: 'Musk proposes a takeover', x: 300, y: 100, r: 5 };
    const above = { key: 'org:meta', x: 350, y: 70, r: 8 };
    expect([...labelsWithoutOverlap([label], width, 13, 800, [own, above])]).toEqual([
      ['Musk proposes a takeover', 'right'],
    ]);
    // Nodes on both sides: kept on its usual side (a name over a node beats no name).
    const left = { key: 'org:xai', x: 250, y: 100, r: 8 };
    expect([...labelsWithoutOverlap([label], width, 13, 800, [blocker, left])]).toEqual([
      ['Musk proposes a takeover', 'right'],
    ]);
  });
});
