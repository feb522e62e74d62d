// Copying text for the user: a success only once the browser says the text was written. Off a secure origin (plain
// http beyond localhost) there is no clipboard at all, and a write may be refused: the caller then shows the text to
// be copied by hand (manual-copy.tsx) rather than claim it was copied.

export async function copyText(text: string): Promise<boolean> {
  const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
  if (typeof clipboard?.writeText !== 'function') return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
