// The grid that finds the node under the pointer from drawn positions while the layout runs (node-grid.ts).
import { describe, expect, it } from 'vitest';
import { createNodeGrid, type GridNode } from '../../../../client/graph/node-grid.js';

const n = (id: string, x: number, y: number, r = 5, z = 1): GridNode => ({ id, x, y, r, z });

describe('createNodeGrid', () => {
  it('finds the node whose disc holds the point and nothing on the empty stage', () => {
    const grid = createNodeGrid([n('a', 10, 10), n('b', 100, 100), n('c', 300, 40)]);
    expect(grid.pick(12, 9)).toBe('a');
    expect(grid.pick(100, 104)).toBe('b');
    expect(grid.pick(300, 40)).toBe('c');
    expect(grid.pick(50, 50)).toBeNull();
    // Just outside b's disc.
    expect(grid.pick(106, 100)).toBeNull();
  });

  it('finds a disc from every grid cell it covers, not only the cell of its centre', () => {
    // Centre at a cell corner (cells are 32 px): each quadrant of the disc lies in another cell.
    const grid = createNodeGrid([n('big', 64, 64, 20)], 32);
    const corners: [number, number][] = [
      [50, 50],
      [78, 50],
      [50, 78],
      [78, 78],
    ];
    for (const [x, y] of corners) expect(grid.pick(x, y)).toBe('big');
  });

  it('answers with the node drawn on top where discs overlap, and the nearer centre when they are level', () => {
    const grid = createNodeGrid([n('under', 50, 50, 10, 1), n('over', 56, 50, 10, 3)]);
    expect(grid.pick(50, 50)).toBe('over');
    const level = createNodeGrid([n('left', 50, 50, 10), n('right', 58, 50, 10)]);
    expect(level.pick(51, 50)).toBe('left');
    expect(level.pick(57, 50)).toBe('right');
  });

  it('finds nodes at negative coordinates (a scene partly left of or above the canvas)', () => {
    const grid = createNodeGrid([n('off', -40, -3, 6)]);
    expect(grid.pick(-38, -1)).toBe('off');
  });

  it('leaves out nodes without a finite position or size instead of throwing', () => {
    const grid = createNodeGrid([
      n('nan', Number.NaN, 4),
      n('inf', 4, Infinity),
      n('neg', 4, 4, -1),
      n('ok', 4, 4),
    ]);
    expect(grid.size).toBe(1);
    expect(grid.pick(4, 4)).toBe('ok');
  });

  it('picks the right node among ten thousand', () => {
    const nodes: GridNode[] = [];
    for (let i = 0; i < 10_000; i++) nodes.push(n(`v:${i}`, (i % 100) * 12, Math.floor(i / 100) * 12, 4));
    const grid = createNodeGrid(nodes);
    expect(grid.pick(37 * 12 + 1, 58 * 12 - 2)).toBe('v:5837');
    expect(grid.pick(37 * 12 + 6, 58 * 12)).toBeNull();
  });
});
