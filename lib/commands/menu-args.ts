import type { Session } from '../session/session';
import type { ArgValues, MenuTarget } from './types';

/** The type of a model's field, or undefined. */
export function fieldType(session: Session, model: string, field: string): string | undefined {
  const m = session.parsed.model;
  return [...m.models, ...m.views, ...m.composites].find((x) => x.name === model)?.fields.find((f) => f.name === field)?.type;
}

/** What a menu entry fills in when it does not say: the model, field, enum or value clicked, or the relation's field. */
export function targetArgs(target: MenuTarget, session: Session): ArgValues | null {
  switch (target.kind) {
    case 'model':
      return { model: target.model };
    case 'enum':
      return { enum: target.model };
    case 'field':
    case 'relation-field':
      return { model: target.model, field: target.field };
    case 'enum-value':
      return { enum: target.model, value: target.field };
    case 'edge': {
      const r = session.parsed.model.relations.find((x) => x.id === target.id);
      return r ? { model: r.from.model, field: r.from.field } : null;
    }
    case 'pane':
      return {};
  }
}
