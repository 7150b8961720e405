import type { languages } from 'monaco-editor/editor/editor.api';

/**
 * Syntax colouring for Prisma schema files (Monaco's Monarch tokenizer).
 *
 * Monarch keeps its state across lines, but Prisma members are line-based: the per-line states
 * (`fieldType`, `fieldRest`, `string`) start with a `^` rule that pops them at the next line.
 * In Monarch regexes `@name` refers to a definition, so a literal `@` is written `@@`
 * (`@@@@` for `@@`).
 *
 * Token classes (the `.prisma` postfix is added by Monaco; themes match by prefix):
 * `keyword` block keywords · `type.identifier` block names and model/enum/composite references ·
 * `keyword.type` the scalar types and `Unsupported` · `variable.field` field names · `constant.enum`
 * enum values · `key` datasource/generator properties and named arguments (`fields:`) ·
 * `annotation` `@id`, `annotation.block` `@@index`, `annotation.native` `@db.VarChar` ·
 * `predefined.function` calls such as `now()`, `env()` · `constant.boolean` · `string` ·
 * `number` · `comment`, `comment.doc` (`///`), `comment.block` · `delimiter.*`.
 */
export const prismaMonarch: languages.IMonarchLanguage = {
  defaultToken: '',
  tokenPostfix: '.prisma',
  blockKeywords: ['model', 'enum', 'view', 'type', 'datasource', 'generator'],
  scalarTypes: ['String', 'Boolean', 'Int', 'BigInt', 'Float', 'Decimal', 'DateTime', 'Json', 'Bytes', 'Unsupported'],
  identifier: /[A-Za-z_][\w-]*/,
  brackets: [
    { open: '{', close: '}', token: 'delimiter.curly' },
    { open: '[', close: ']', token: 'delimiter.square' },
    { open: '(', close: ')', token: 'delimiter.parenthesis' },
  ],
  tokenizer: {
    root: [
      { include: '@whitespace' },
      [/(model|view|type)(\s+)(@identifier)(\s*)(\{)/, ['keyword', 'white', 'type.identifier', 'white', { token: 'delimiter.curly', next: '@model' }]],
      [/(enum)(\s+)(@identifier)(\s*)(\{)/, ['keyword', 'white', 'type.identifier', 'white', { token: 'delimiter.curly', next: '@enum' }]],
      [/(datasource|generator)(\s+)(@identifier)(\s*)(\{)/, ['keyword', 'white', 'type.identifier', 'white', { token: 'delimiter.curly', next: '@config' }]],
      // a header still being typed
      [/@identifier/, { cases: { '@blockKeywords': 'keyword', '@default': 'type.identifier' } }],
      [/[{}]/, 'delimiter.curly'],
    ],

    // body of a model, view or composite type: one field or block attribute per line
    model: [
      { include: '@whitespace' },
      [/\}/, { token: 'delimiter.curly', next: '@pop' }],
      [/@@@@@identifier/, { token: 'annotation.block', next: '@fieldRest' }],
      [/@identifier/, { token: 'variable.field', next: '@fieldType' }],
    ],

    enum: [
      { include: '@whitespace' },
      [/\}/, { token: 'delimiter.curly', next: '@pop' }],
      [/@@@@@identifier/, { token: 'annotation.block', next: '@fieldRest' }],
      [/@identifier/, { token: 'constant.enum', next: '@fieldRest' }],
    ],

    // datasource and generator: `key = value`
    config: [
      { include: '@whitespace' },
      [/\}/, { token: 'delimiter.curly', next: '@pop' }],
      [/@identifier/, { token: 'key', next: '@fieldRest' }],
    ],

    fieldType: [
      [/^/, { token: '', next: '@pop' }],
      { include: '@whitespace' },
      [/@identifier/, { cases: { '@scalarTypes': { token: 'keyword.type', switchTo: '@fieldRest' }, '@default': { token: 'type.identifier', switchTo: '@fieldRest' } } }],
      [/./, { token: '@rematch', switchTo: '@fieldRest' }],
    ],

    // type modifiers, attributes, arguments and values up to the end of the line
    fieldRest: [
      [/^/, { token: '', next: '@pop' }],
      { include: '@whitespace' },
      [/\}/, { token: '@rematch', next: '@pop' }],
      [/@@@@@identifier/, 'annotation.block'],
      [/@@@identifier\.@identifier/, 'annotation.native'],
      [/@@@identifier/, 'annotation'],
      [/(true|false)(?![\w-])/, 'constant.boolean'],
      [/@identifier(?=\s*:)/, 'key'],
      [/@identifier(?=\s*\()/, 'predefined.function'],
      [/@identifier/, 'identifier'],
      [/-?\d+(\.\d+)?([eE][+-]?\d+)?/, 'number'],
      [/"/, { token: 'string.quote', next: '@string' }],
      [/\{/, 'delimiter.curly'],
      [/[[\]]/, 'delimiter.square'],
      [/[()]/, 'delimiter.parenthesis'],
      [/[,:=?!.]/, 'delimiter'],
    ],

    // Prisma strings end with their line
    string: [
      [/^/, { token: '', next: '@pop' }],
      [/[^\\"]+/, 'string'],
      [/\\./, 'string.escape'],
      [/"/, { token: 'string.quote', next: '@pop' }],
    ],

    whitespace: [
      [/[ \t\r\n]+/, 'white'],
      [/\/\/\/.*/, 'comment.doc'],
      [/\/\/.*/, 'comment'],
      [/\/\*/, { token: 'comment.block', next: '@blockComment' }],
    ],

    blockComment: [
      [/[^*]+/, 'comment.block'],
      [/\*\//, { token: 'comment.block', next: '@pop' }],
      [/\*/, 'comment.block'],
    ],
  },
};

const IndentActionNone = 0 as languages.IndentAction; // monaco.languages.IndentAction.None; a value import would load Monaco

/** Comments, brackets, auto-closing and indentation for `prisma` models. */
export const prismaLanguageConfiguration: languages.LanguageConfiguration = {
  comments: { lineComment: '//', blockComment: ['/*', '*/'] },
  brackets: [
    ['{', '}'],
    ['[', ']'],
    ['(', ')'],
  ],
  autoClosingPairs: [
    { open: '{', close: '}' },
    { open: '[', close: ']' },
    { open: '(', close: ')' },
    { open: '"', close: '"', notIn: ['string', 'comment'] },
  ],
  surroundingPairs: [
    { open: '{', close: '}' },
    { open: '[', close: ']' },
    { open: '(', close: ')' },
    { open: '"', close: '"' },
  ],
  // Prisma identifiers may contain `-`; `@` is not part of a word, so `@default` completes from `default`.
  wordPattern: /(-?\d*\.\d\w*)|([^`~!@#%^&*()=+[{\]}\\|;:'",.<>/?\s]+)/g,
  indentationRules: {
    increaseIndentPattern: /^[^/]*\{[^}"]*$/,
    decreaseIndentPattern: /^\s*\}/,
  },
  onEnterRules: [
    // keep writing documentation: Enter after a `///` line starts another one
    { beforeText: /^\s*\/\/\/.*$/, action: { indentAction: IndentActionNone, appendText: '/// ' } },
  ],
  folding: { markers: { start: /^\s*\/\/\s*#?region\b/, end: /^\s*\/\/\s*#?endregion\b/ } },
};
