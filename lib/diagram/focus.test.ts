import { describe, expect, it } from 'vitest';
import { parseSchema } from '../schema/document';
import { exampleFiles } from '../samples/example';
import { neighbourhood } from './focus';

const model = parseSchema(exampleFiles()).model;

describe('neighbourhood', () => {
  it('is the model alone at zero hops', () => {
    expect([...neighbourhood(model, 'Tag', 0)]).toEqual([['Tag', 0]]);
  });

  it('walks relations both ways, one hop at a time', () => {
    expect(Object.fromEntries(neighbourhood(model, 'Tag', 1))).toEqual({ Tag: 0, Post: 1 });
    expect(Object.fromEntries(neighbourhood(model, 'Tag', 2))).toEqual({ Tag: 0, Post: 1, User: 2, Comment: 2, PostStatus: 2 });
  });

  it('counts enums used by a model as neighbours', () => {
    expect(neighbourhood(model, 'User', 1).get('Role')).toBe(1);
    expect(neighbourhood(model, 'Role', 1).has('User')).toBe(true);
  });

  it('knows only the start for a name with no relations, and nothing more for an unknown name', () => {
    expect([...neighbourhood(model, 'AuthorStats', 3).keys()]).toEqual(['AuthorStats']);
    expect([...neighbourhood(model, 'Nope', 2).keys()]).toEqual(['Nope']);
  });
});
