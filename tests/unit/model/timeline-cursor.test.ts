// The timeline's `after` cursor: what an answer gives is read back as the very position it names (any text in its
// ids, Arabic included), and anything else is refused as not a cursor, naming the parameter.
import { describe, expect, it } from 'vitest';
import { TimelineQuerySchema } from '../../../model/api.js';
import {
  decodeTimelineCursor,
  encodeTimelineCursor,
  type TimelinePosition,
} from '../../../model/timeline-cursor.js';

const POSITIONS: TimelinePosition[] = [
  { date: '2025-06', kind: 'stint-start', key: 'fact:ada-meta', element: '5:9c1c3e2a:17' },
  { date: '2025', kind: 'event', key: '', element: '4:9c1c3e2a:3' },
  // An id written by hand, in Arabic, with characters base64 and JSON would otherwise mangle.
  { date: '2024-12-31', kind: 'stint-end', key: 'حقيقة:"1"/+?&=', element: '5:x:0' },
];

describe('the timeline cursor', () => {
  it('reads back the position it was made of', () => {
    for (const p of POSITIONS) {
      const cursor = encodeTimelineCursor(p);
      // Safe in a query string as it is.
      expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeTimelineCursor(cursor)).toEqual(p);
      expect(TimelineQuerySchema.parse({ after: cursor }).after).toEqual(p);
    }
  });

  it('refuses what no answer gave, saying what it expects', () => {
    const b64 = (text: string) => Buffer.from(text).toString('base64url');
    for (const bad of [
      '',
      'not a cursor',
      '!!!!',
      b64('not json'),
      b64('{"date":"2025"}'),
      b64('["2025","hire","fact:x","5:x:1"]'),
      b64('["2025","event",1,"5:x:1"]'),
      b64('["2025","event","event:x"]'),
      b64('["","event","event:x","4:x:1"]'),
      'A'.repeat(20_000),
    ]) {
      expect(decodeTimelineCursor(bad), bad).toBeNull();
      const r = TimelineQuerySchema.safeParse({ after: bad });
      expect(r.success, bad).toBe(false);
      expect(r.error?.issues[0], bad).toMatchObject({
        path: ['after'],
        message: 'expected the nextAfter of an earlier /api/timeline answer',
      });
    }
  });
});
