// @ts-check
/**
 * A Stryker ignorer: mutants inside the text of error and log messages are not generated. Tests
 * identify an error by its `extensions.code`, its status, the record and field it names, never by
 * its sentence, so a changed word is no bug they should catch. Only the text is skipped: the code,
 * the condition that raises it and the data it names are still mutated.
 *
 * Message text is: the message argument of the calls below (a literal, or an expression that only
 * builds the text), the text given to `new SomeError(...)`, any string argument of a logger call,
 * or the value of a `message:` property.
 * Documentation text is skipped for the same reason: the literal value of a `description:` property
 * (the GraphQL schema's and the data schema's field descriptions), which no behaviour depends on and
 * which `npm run schema:check` and `data-schema:check` already compare with the committed files.
 */
import { declareValuePlugin, PluginKind } from '@stryker-mutator/api/plugin';

/** Properties whose literal value is prose, not behaviour. */
const TEXT_PROPERTIES = new Set(['message', 'description']);

/** Callee name -> the position of its message argument. */
const MESSAGE_ARGUMENT = new Map([
  ['badUserInput', 0],
  ['notFound', 0],
  ['GraphQLError', 0],
  ['badRequest', 1],
  ['withChanges', 1],
  ['warnTruncated', 2],
]);

const isText = (/** @type {any} */ path) => path.isStringLiteral() || path.isTemplateLiteral();

/** @param {any} callee */
function calleeName(callee) {
  if (callee.type === 'Identifier') return callee.name;
  if (callee.type === 'Super') return 'super';
  if (callee.type === 'MemberExpression' && callee.property.type === 'Identifier') {
    if (callee.object.type === 'Identifier' && callee.object.name === 'logger') return 'logger';
  }
  return undefined;
}

/** @param {any} path */
function isMessageText(path) {
  const parent = path.parentPath;
  if (!parent || !path.isExpression()) return false;
  if (parent.isObjectProperty() && path.key === 'value') {
    const key = parent.node.key;
    return isText(path) && key.type === 'Identifier' && TEXT_PROPERTIES.has(key.name);
  }
  if ((parent.isCallExpression() || parent.isNewExpression()) && path.listKey === 'arguments') {
    const name = calleeName(parent.node.callee);
    if (name === 'logger') return isText(path);
    // `new SomeError(text)`: the message of any Error class (not other arguments, such as a list of problems).
    if (name?.endsWith('Error') && parent.isNewExpression() && path.key === 0 && isText(path)) return true;
    // Inside an Error subclass, `super(text)` sets its message.
    if (name === 'super') return path.key === 0;
    return name !== undefined && MESSAGE_ARGUMENT.get(name) === path.key;
  }
  return false;
}

export const strykerPlugins = [
  declareValuePlugin(PluginKind.Ignore, 'message-text', {
    shouldIgnore(path) {
      return isMessageText(path) ? 'message or description text: tests pin codes, statuses and data' : undefined;
    },
  }),
];
