/**
 * English word helpers for the naming conventions: snake_case, PascalCase, plural and singular of
 * the last word. Deliberately small (no dependency): regular rules plus the irregular and
 * uncountable words that show up as table names.
 */

/** Words with the same singular and plural (the table of `Metadata` is `metadata`). */
const UNCOUNTABLE = new Set(
  'data metadata media news series species information info equipment feedback analytics software hardware firmware middleware staff sheep fish deer aircraft audio music traffic evidence knowledge advice furniture luggage money police research weather'.split(
    ' ',
  ),
);

/** Irregular singular → plural. */
const IRREGULAR: Record<string, string> = {
  person: 'people',
  child: 'children',
  man: 'men',
  woman: 'women',
  mouse: 'mice',
  goose: 'geese',
  foot: 'feet',
  tooth: 'teeth',
  ox: 'oxen',
  criterion: 'criteria',
  phenomenon: 'phenomena',
  quiz: 'quizzes',
  leaf: 'leaves',
  life: 'lives',
  wife: 'wives',
  knife: 'knives',
  half: 'halves',
  shelf: 'shelves',
  wolf: 'wolves',
  thief: 'thieves',
  hero: 'heroes',
  potato: 'potatoes',
  tomato: 'tomatoes',
  echo: 'echoes',
  veto: 'vetoes',
  axis: 'axes',
  analysis: 'analyses',
  diagnosis: 'diagnoses',
  crisis: 'crises',
  thesis: 'theses',
  hypothesis: 'hypotheses',
  synopsis: 'synopses',
  movie: 'movies',
  cookie: 'cookies',
  zombie: 'zombies',
  selfie: 'selfies',
  calorie: 'calories',
  rookie: 'rookies',
  brownie: 'brownies',
};
const SINGULAR_OF: Record<string, string> = Object.fromEntries(Object.entries(IRREGULAR).map(([s, p]) => [p, s]));

/** Singular words (and acronyms) that end in a lone `s`. */
const SINGULAR_S = new Set('alias canvas atlas gas bias lens chaos kudos ethos os ios sms mms dns cms aws rss gps pos ses https yes plus iris tennis'.split(' '));

/** `UserProfile` → `[User, Profile]`, `APIKey` → `[API, Key]`, `user_id` → `[user, id]`, `s3Bucket` → `[s3, Bucket]`. */
export function words(name: string): string[] {
  let cached = wordCache.get(name);
  if (!cached) {
    cached = name
      .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
      .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
      .split(/[^A-Za-z0-9]+/)
      .filter(Boolean);
    // Names repeat across models (id, createdAt, tenantId): split each once. Bounded, so it cannot grow without limit.
    if (wordCache.size > 50_000) wordCache.clear();
    wordCache.set(name, cached);
  }
  return [...cached];
}

const wordCache = new Map<string, readonly string[]>();

/** `UserProfile` → `user_profile`, `APIKey` → `api_key`, `createdAt` → `created_at`; a leading `_` stays. */
export function snakeCase(name: string): string {
  const lead = /^_*/.exec(name)![0];
  return lead + words(name).join('_').toLowerCase();
}

/** `users` → `Users`, `user_profile` → `UserProfile`, `USER_ROLE` → `UserRole`; PascalCase stays as is. */
export function pascalCase(name: string): string {
  if (isPascalCase(name)) return name;
  return words(name)
    .map((w) => (w === w.toUpperCase() ? w.charAt(0) + w.slice(1).toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1)))
    .join('');
}

/** Lowercase words joined by single underscores (a leading `_`, as in MongoDB's `_id`, is allowed). */
export function isSnakeCase(name: string): boolean {
  return /^_*[a-z][a-z0-9]*(_[a-z0-9]+)*$/.test(name);
}

/** Starts with a capital letter, letters and digits only (acronyms such as `APIKey` allowed). */
export function isPascalCase(name: string): boolean {
  return /^[A-Z][A-Za-z0-9]*$/.test(name);
}

/** Whether a single lowercase word is a plural: `users`, `categories`, `people` (not `status`, `address`, `data`). */
export function isPluralWord(word: string): boolean {
  const w = word.toLowerCase();
  if (UNCOUNTABLE.has(w) || w in IRREGULAR) return false;
  if (w in SINGULAR_OF) return true;
  if (!w.endsWith('s') || w.length < 3 || SINGULAR_S.has(w)) return false;
  return !/(ss|us|sis|xis)$/.test(w);
}

/** The plural of a single lowercase word; a word that already is plural (or uncountable) stays. */
export function pluralWord(word: string): string {
  const w = word.toLowerCase();
  if (UNCOUNTABLE.has(w) || isPluralWord(w)) return w;
  if (IRREGULAR[w]) return IRREGULAR[w];
  if (/(sis|xis)$/.test(w)) return w.slice(0, -2) + 'es';
  if (/[^aeiou]y$/.test(w)) return w.slice(0, -1) + 'ies';
  if (/(s|x|z|ch|sh)$/.test(w)) return w + 'es';
  return w + 's';
}

/** Plurals in `-uses` whose singular ends in `-us` (most others drop only the `s`: causes, houses, excuses). */
const US_PLURALS = ['statuses', 'bonuses', 'campuses', 'viruses', 'buses', 'censuses', 'focuses', 'surpluses', 'prospectuses', 'consensuses'];

/** The singular of a single lowercase word; a word that is not plural stays. */
export function singularWord(word: string): string {
  const w = word.toLowerCase();
  if (!isPluralWord(w)) return w;
  if (SINGULAR_OF[w]) return SINGULAR_OF[w];
  if (/ies$/.test(w) && w.length > 4) return w.slice(0, -3) + 'y'; // categories; but ties, pies
  if (/(ss|x|zz|sh)es$/.test(w)) return w.slice(0, -2); // addresses, boxes, buzzes, dishes
  // matches, coaches, approaches; but caches, headaches, niches keep their e
  if (/ches$/.test(w)) return /(iche|[^oe]ache)s$/.test(w) ? w.slice(0, -1) : w.slice(0, -2);
  if (US_PLURALS.some((p) => w.endsWith(p))) return w.slice(0, -2);
  return w.slice(0, -1);
}

/** The plural table name of a model: snake_case with the last word pluralized (`UserProfile` → `user_profiles`). */
export function snakePlural(name: string): string {
  const parts = snakeCase(name).split('_');
  parts[parts.length - 1] = pluralWord(parts[parts.length - 1]);
  return parts.join('_');
}

/**
 * A model name as a PascalCase singular: `users` → `User`, `user_profiles` → `UserProfile`,
 * `APIKeys` → `APIKey` (a PascalCase name keeps its spelling, only the last word changes).
 */
export function pascalSingular(name: string): string {
  const pascal = pascalCase(name);
  const m = /^(.*?)([A-Z]?[a-z0-9]+)$/.exec(pascal);
  if (!m) return pascal;
  const last = singularWord(m[2]);
  return m[1] + last.charAt(0).toUpperCase() + last.slice(1);
}

/** The byte length PostgreSQL counts for an identifier (NAMEDATALEN − 1 = 63 is the limit). */
export function utf8Length(name: string): number {
  return new TextEncoder().encode(name).length;
}
