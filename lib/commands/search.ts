import type { CommandDefinition } from './types';

/**
 * Palette ranking. Lower is better: the exact title, then titles starting with the query, then titles
 * whose words start with the query's words (in order), then titles containing every word, then a
 * match in the group or keywords. Null: no match.
 */
export function scoreCommand(command: Pick<CommandDefinition, 'title' | 'group' | 'keywords'>, query: string): number | null {
  const q = query.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!q) return 0;
  const title = command.title.toLowerCase();
  if (title === q) return 0;
  if (title.startsWith(q)) return 1;
  const words = q.split(' ');
  const titleWords = title.split(/[\s/()…-]+/).filter(Boolean);
  if (wordsInOrder(titleWords, words)) return 2;
  if (words.every((w) => title.includes(w))) return 3;
  const hay = [command.group, ...(command.keywords ?? [])].join(' ').toLowerCase();
  if (words.every((w) => title.includes(w) || hay.includes(w))) return 4;
  return null;
}

/** Every query word starts a title word, in the order given (e.g. "add rel" → "Add relation"). */
function wordsInOrder(titleWords: string[], words: string[]): boolean {
  let i = 0;
  for (const w of words) {
    while (i < titleWords.length && !titleWords[i].startsWith(w)) i++;
    if (i === titleWords.length) return false;
    i++;
  }
  return true;
}

/** The commands matching a query, best first; ties keep the registry's order. */
export function rankCommands<C extends Pick<CommandDefinition, 'title' | 'group' | 'keywords' | 'hidden'>>(commands: readonly C[], query: string): C[] {
  const scored: Array<{ c: C; score: number; index: number }> = [];
  commands.forEach((c, index) => {
    if (c.hidden) return;
    const score = scoreCommand(c, query);
    if (score !== null) scored.push({ c, score, index });
  });
  return scored.sort((a, b) => a.score - b.score || a.index - b.index).map((s) => s.c);
}
