// The bare sigma baseline page of the client benchmark (bundled by bench/sections/bare-sigma.ts, run in Chromium):
// the same Cypher answer the app draws, fetched from the same API, put into a plain graphology graph and drawn by a
// plain sigma with its defaults — no styling, reducers, labels policy or layout — so the app's first frame can be
// read as a ratio to what the engine itself needs on this machine.
import Graph from 'graphology';
import Sigma from 'sigma';
import { cypherBody } from '../../client/api/early-request.js';

interface Answer {
  graph?: {
    nodes: { id: string }[];
    edges: { id: string; source: string; target: string }[];
  };
}

declare global {
  interface Window {
    /** Fetches the query's answer and draws it; resolves with the node and edge counts once sigma is built. */
    drawBare(query: string): Promise<{ nodes: number; edges: number }>;
  }
}

/** A deterministic spread of positions (golden-angle spiral), so every run draws the same picture. */
function spiral(i: number): { x: number; y: number } {
  const a = i * 2.399963229728653;
  const r = Math.sqrt(i + 1);
  return { x: r * Math.cos(a), y: r * Math.sin(a) };
}

window.drawBare = async (query: string) => {
  const res = await fetch('/api/cypher', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    // The body the app's boot entry sends for a link's query, so both pages are answered the same bytes.
    body: cypherBody(query, {}),
  });
  if (!res.ok) throw new Error(`POST /api/cypher answered ${res.status}: ${await res.text()}`);
  const answer = (await res.json()) as Answer;
  const data = answer.graph ?? { nodes: [], edges: [] };
  const graph = new Graph({ multi: true, type: 'directed', allowSelfLoops: true });
  graph.import({
    nodes: data.nodes.map((n, i) => ({ key: n.id, attributes: { ...spiral(i), size: 3, color: '#5b7cc4' } })),
    edges: data.edges.map((e) => ({
      key: e.id,
      source: e.source,
      target: e.target,
      attributes: { size: 1, color: '#c8ccd4' },
    })),
  });
  const container = document.getElementById('bare')!;
  new Sigma(graph, container);
  return { nodes: graph.order, edges: graph.size };
};
