// Seed problems with their exact place (file, line:column, path), collected rather than thrown one by one so
// the user sees every error of every file at once.

export interface SeedIssue {
  /** The file as given (or relative to the working folder). */
  file: string;
  line?: number;
  column?: number;
  /** Where in the document: `facts[3].evidence`, or `row 4, column start` for CSV. */
  path?: string;
  message: string;
}

/** `seed/sources/x.facts.yaml:41:7: facts[3].evidence: is required — …` */
export function formatIssue(issue: SeedIssue): string {
  const where =
    issue.line === undefined
      ? issue.file
      : issue.column === undefined
        ? `${issue.file}:${issue.line}`
        : `${issue.file}:${issue.line}:${issue.column}`;
  return issue.path ? `${where}: ${issue.path}: ${issue.message}` : `${where}: ${issue.message}`;
}

/** Thrown when input is invalid; carries every issue found. Nothing has been written when it is thrown. */
export class SeedValidationError extends Error {
  constructor(public readonly issues: SeedIssue[]) {
    super(
      `${issues.length} problem${issues.length === 1 ? '' : 's'} found; nothing was written:\n${issues.map((i) => `  ${formatIssue(i)}`).join('\n')}`,
    );
    this.name = 'SeedValidationError';
  }
}

/** Issues in reading order: by file, then line, then column. */
export function sortIssues(issues: SeedIssue[]): SeedIssue[] {
  return [...issues].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
}
