/**
 * The explorer's state lives in the URL, so that a view can be shared and the back button works:
 * `?focus=SLUG`, `?from=A&to=B`, each with an optional `asOf=DATE`.
 */
export type View =
  | { readonly kind: 'start' }
  | { readonly kind: 'focus'; readonly slug: string }
  | { readonly kind: 'path'; readonly from: string; readonly to: string };

export interface State {
  readonly view: View;
  /** A partial date as typed in the URL; checked by the server, which names what is wrong. */
  readonly asOf: string | null;
}

export function parseState(search: string): State {
  const params = new URLSearchParams(search);
  const asOf = params.get('asOf')?.trim() || null;
  const from = params.get('from')?.trim();
  const to = params.get('to')?.trim();
  const focus = params.get('focus')?.trim();
  if (from && to) return { view: { kind: 'path', from, to }, asOf };
  if (focus) return { view: { kind: 'focus', slug: focus }, asOf };
  return { view: { kind: 'start' }, asOf };
}

export function searchOf({ view, asOf }: State): string {
  const params = new URLSearchParams();
  if (view.kind === 'focus') params.set('focus', view.slug);
  if (view.kind === 'path') {
    params.set('from', view.from);
    params.set('to', view.to);
  }
  if (asOf) params.set('asOf', asOf);
  const search = params.toString();
  return search ? `?${search}` : '';
}
