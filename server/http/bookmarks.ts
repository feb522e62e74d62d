// Reads the Neo4j-Bookmarks request header (bookmarks of a write made through any server of this database) and
// runs the rest of the request with them, so every unit of work it starts reads after that write.
import type { RequestHandler } from 'express';
import { BOOKMARKS_HEADER, BookmarksSchema } from '../../model/api.js';
import { withBookmarks } from '../db/database.js';
import { AppError } from '../errors.js';

/** The header's bookmarks: comma-separated (repeated headers are joined with commas too). */
export function parseBookmarksHeader(value: string | undefined): string[] {
  if (value === undefined || value.trim() === '') return [];
  const list = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const parsed = BookmarksSchema.safeParse(list);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? 'invalid value';
    throw new AppError('VALIDATION_ERROR', `Invalid header ${BOOKMARKS_HEADER}: ${message}.`, {
      issues: [{ path: `header.${BOOKMARKS_HEADER}`, message }],
    });
  }
  return parsed.data;
}

export function createBookmarksHeader(): RequestHandler {
  return (req, _res, next) => {
    const bookmarks = parseBookmarksHeader(req.get(BOOKMARKS_HEADER));
    if (bookmarks.length === 0) return next();
    withBookmarks(bookmarks, () => next());
  };
}
