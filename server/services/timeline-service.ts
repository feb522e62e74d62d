// GET /api/timeline: dated events and stint starts/ends in a window, in date order, for the time slider.
import { edgeCertainty } from '../../model/certainty.js';
import { textOrNull } from '../../model/properties.js';
import type { TimelineQuery } from '../../model/api.js';
import type { TimelineItem, TimelineResponse } from '../../model/api-responses.js';
import type { TimelineRepository } from '../repositories/timeline-repository.js';

export function createTimelineService(repo: TimelineRepository) {
  return {
    async timeline(q: TimelineQuery): Promise<TimelineResponse> {
      const rows = await repo.read({ from: q.from, to: q.to, limit: q.limit });
      const truncated = rows.length > q.limit;
      const items = rows.slice(0, q.limit).map((r): TimelineItem => {
        if (r.kind === 'event' && r.node) {
          const p = r.node.properties;
          return {
            kind: 'event',
            date: r.date,
            id: r.node.id,
            nodes: [r.node.id],
            title: textOrNull(p.name) ?? textOrNull(p.summary) ?? r.node.id,
            titleAr:
              textOrNull(p.nameAr) ??
              textOrNull(p.summaryAr) ??
              textOrNull(p.name) ??
              textOrNull(p.summary) ??
              r.node.id,
            eventKind: textOrNull(p.kind),
            role: null,
            // A node without a certainty is one its source states (as the client's filters read it).
            certainty: textOrNull(p.certainty) ?? 'stated',
          };
        }
        const person = r.person!;
        const org = r.org!;
        const edge = r.edge!;
        const who = textOrNull(person.properties.name) ?? person.id;
        const where = textOrNull(org.properties.name) ?? org.id;
        const role = textOrNull(edge.properties.role);
        const whoAr = textOrNull(person.properties.nameAr) ?? who;
        const whereAr = textOrNull(org.properties.nameAr) ?? where;
        const roleAr = textOrNull(edge.properties.roleAr) ?? role;
        return {
          kind: r.kind,
          date: r.date,
          id: edge.id,
          nodes: [person.id, org.id],
          title: `${who} ${r.kind === 'stint-start' ? 'joins' : 'leaves'} ${where}${role ? ` (${role})` : ''}`,
          titleAr:
            `${r.kind === 'stint-start' ? 'ينضمّ' : 'يغادر'} ${whoAr} ${r.kind === 'stint-start' ? 'إلى' : ''} ${whereAr}${roleAr ? ` (${roleAr})` : ''}`
              .replace(/ {2,}/g, ' ')
              .trim(),
          eventKind: null,
          role,
          // A stint with no certainty of ours has no source behind it (model/certainty.ts), never "stated".
          certainty: edgeCertainty(edge),
        };
      });
      return { items, truncated, from: q.from ?? null, to: q.to ?? null };
    },
  };
}
export type TimelineService = ReturnType<typeof createTimelineService>;
