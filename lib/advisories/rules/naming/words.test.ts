import { describe, expect, it } from 'vitest';
import { isPascalCase, isPluralWord, isSnakeCase, pascalCase, pascalSingular, pluralWord, singularWord, snakeCase, snakePlural, utf8Length, words } from './words';

describe('naming words', () => {
  it('splits identifiers into words, keeping acronyms and digits together', () => {
    expect(words('UserProfile')).toEqual(['User', 'Profile']);
    expect(words('APIKey')).toEqual(['API', 'Key']);
    expect(words('userID')).toEqual(['user', 'ID']);
    expect(words('s3Bucket')).toEqual(['s3', 'Bucket']);
    expect(words('user_profile')).toEqual(['user', 'profile']);
  });

  it('snake_case', () => {
    expect(snakeCase('createdAt')).toBe('created_at');
    expect(snakeCase('APIKey')).toBe('api_key');
    expect(snakeCase('userID')).toBe('user_id');
    expect(snakeCase('address2')).toBe('address2');
    expect(snakeCase('user_Profile')).toBe('user_profile');
    expect(snakeCase('_id')).toBe('_id');
    expect(isSnakeCase('created_at')).toBe(true);
    expect(isSnakeCase('_id')).toBe(true);
    expect(isSnakeCase('email')).toBe(true);
    expect(isSnakeCase('createdAt')).toBe(false);
    expect(isSnakeCase('user__id')).toBe(false);
    expect(isSnakeCase('Users')).toBe(false);
  });

  it('PascalCase', () => {
    expect(pascalCase('users')).toBe('Users');
    expect(pascalCase('user_profile')).toBe('UserProfile');
    expect(pascalCase('USER_ROLE')).toBe('UserRole');
    expect(pascalCase('userProfile')).toBe('UserProfile');
    expect(pascalCase('APIKey')).toBe('APIKey');
    expect(isPascalCase('APIKey')).toBe(true);
    expect(isPascalCase('User_Profile')).toBe(false);
    expect(isPascalCase('user')).toBe(false);
  });

  it('tells plurals from singulars ending in s', () => {
    for (const w of ['users', 'categories', 'people', 'statuses', 'settings', 'addresses', 'analyses', 'apis']) expect(isPluralWord(w), w).toBe(true);
    for (const w of ['user', 'status', 'address', 'analysis', 'data', 'news', 'canvas', 'alias', 'bus', 'series', 'analytics', 'sms']) expect(isPluralWord(w), w).toBe(false);
  });

  it('pluralizes', () => {
    const cases: Record<string, string> = {
      user: 'users', category: 'categories', key: 'keys', status: 'statuses', address: 'addresses', box: 'boxes', match: 'matches',
      person: 'people', child: 'children', analysis: 'analyses', photo: 'photos', hero: 'heroes', leaf: 'leaves', data: 'data',
      metadata: 'metadata', users: 'users', index: 'indexes', quiz: 'quizzes', movie: 'movies',
    };
    for (const [s, p] of Object.entries(cases)) expect(pluralWord(s), s).toBe(p);
  });

  it('singularizes', () => {
    const cases: Record<string, string> = {
      users: 'user', categories: 'category', keys: 'key', statuses: 'status', addresses: 'address', boxes: 'box', matches: 'match',
      people: 'person', children: 'child', analyses: 'analysis', photos: 'photo', heroes: 'hero', leaves: 'leaf', caches: 'cache',
      coaches: 'coach', causes: 'cause', houses: 'house', movies: 'movie', ties: 'tie', settings: 'setting', status: 'status', data: 'data',
      responses: 'response', sizes: 'size', archives: 'archive',
    };
    for (const [p, s] of Object.entries(cases)) expect(singularWord(p), p).toBe(s);
  });

  it('table and model names', () => {
    expect(snakePlural('User')).toBe('users');
    expect(snakePlural('UserProfile')).toBe('user_profiles');
    expect(snakePlural('Person')).toBe('people');
    expect(snakePlural('APIKey')).toBe('api_keys');
    expect(snakePlural('UserSettings')).toBe('user_settings');
    expect(snakePlural('Metadata')).toBe('metadata');
    expect(pascalSingular('users')).toBe('User');
    expect(pascalSingular('user_profiles')).toBe('UserProfile');
    expect(pascalSingular('APIKeys')).toBe('APIKey');
    expect(pascalSingular('Categories')).toBe('Category');
    expect(pascalSingular('Status')).toBe('Status');
  });

  it('counts identifier length in UTF-8 bytes', () => {
    expect(utf8Length('users')).toBe(5);
    expect(utf8Length('größe')).toBe(7);
  });
});
