import { type GraphQLResolveInfo, responsePathAsArray } from 'graphql';
import type { Context } from '../context.js';
import { WarningCode } from '../errors.js';

/** Notes in the response's `extensions.warnings` that a cap cut the answer at this field. */
export function warnTruncated(context: Context, info: GraphQLResolveInfo, message: string): void {
  context.warnings.push({ code: WarningCode.TRUNCATED, message, path: responsePathAsArray(info.path) });
}
