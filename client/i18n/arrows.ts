// Arrows that point the reading way, for text laid out in the interface's direction: "Meta → xAI" in English is
// "ميتا ← xAI" in Arabic, read right to left. (A pattern forced left to right, as Cypher's (:A)-[:T]->(:B), keeps →.)
import type { Lang } from './lang.js';

/** Onwards: from what comes first as read to what follows. */
export const ahead = (lang: Lang): string => (lang === 'ar' ? '←' : '→');

/** Backwards: to what comes first as read from what follows. */
export const back = (lang: Lang): string => (lang === 'ar' ? '→' : '←');
