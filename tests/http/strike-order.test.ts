/**
 * A union's strikes come in the order of the strikes' own start dates, then by name, undated last,
 * whatever the order of the CALLED_BY relations. The small fixture gets five strikes here whose
 * relations sort differently: one relation carries a date of its own (1970) earlier than its
 * strike's start; of the strikes sharing a start date, the 1985 pair's relation ids run against
 * their names, the 1987 pair's with them, and the 1988 pair share a name.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/graph/load.js';
import { createYogaApp } from '../../src/yoga.js';
import { brokenFixture, lazy } from '../graph/fixture.js';
import { post } from './client.js';

const cite = [{ source: 'fixture-source' }];
const strike = (slug: string, name: string, startDate?: string) => ({
  slug,
  kind: 'STRIKE',
  name,
  description: 'A strike the tests add.',
  ...(startDate ? { startDate } : {}),
  citations: cite,
});
const calledBy = (id: string, from: string, since?: string) => ({
  id,
  type: 'CALLED_BY',
  from,
  to: 'writers-union',
  ...(since ? { since } : {}),
  citations: cite,
});

const yoga = lazy(() => {
  const dir = brokenFixture((graph) => {
    graph.entities.push(
      strike('late-strike', 'Late strike', '1990-01-01'),
      strike('early-strike', 'Early strike', '1980-01-01'),
      strike('beta-strike', 'Beta strike', '1985-01-01'),
      strike('alpha-strike', 'Alpha strike', '1985-01-01'),
      strike('undated-strike', 'Undated strike'),
      strike('delta-strike', 'Delta strike', '1987-01-01'),
      strike('epsilon-strike', 'Epsilon strike', '1987-01-01'),
      strike('twin-one', 'Twin strike', '1988-01-01'),
      strike('twin-two', 'Twin strike', '1988-01-01'),
    );
    graph.relations.push(
      calledBy('r0-late', 'late-strike', '1970'),
      calledBy('r1-early', 'early-strike'),
      calledBy('r2-beta', 'beta-strike'),
      calledBy('r3-alpha', 'alpha-strike'),
      calledBy('r4-undated', 'undated-strike'),
      calledBy('r5-delta', 'delta-strike'),
      calledBy('r6-epsilon', 'epsilon-strike'),
      calledBy('r7-twin-one', 'twin-one'),
      calledBy('r8-twin-two', 'twin-two'),
    );
  });
  return createYogaApp({ graph: loadDataset(dir) });
});

describe('a union’s strikes', () => {
  it('by their own start dates, a tie by name, the undated one last', async () => {
    const answer = await post<{ entity: { strikes: { slug: string }[] } }>(yoga(), {
      query: '{ entity(slug: "writers-union") { ... on Union { strikes { slug } } } }',
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.entity.strikes.map((strike) => strike.slug)).toEqual([
      'early-strike', // 1980-01-01
      'alpha-strike', // 1985-01-01, Alpha before Beta
      'beta-strike', // 1985-01-01
      'delta-strike', // 1987-01-01, Delta before Epsilon (here the relations run the same way)
      'epsilon-strike', // 1987-01-01
      'twin-one', // 1988-01-01, the same name: the relations' order (by id) is kept
      'twin-two', // 1988-01-01
      'late-strike', // 1990-01-01 (its relation says 1970)
      'undated-strike',
    ]);
  });
});
