/**
 * The link types the review offers between two entities a document names (client/ui/link-choices.ts):
 * exactly what the model allows between their kinds, either way round, structural types never.
 */
import { describe, expect, it } from 'vitest';
import { linkChoices } from '../../client/ui/link-choices.ts';
import { kindNames, relationshipSpec, relationshipTypes, structuralTypes } from '../../server/domain/derive.ts';
import type { Kind } from '../../server/domain/model.ts';

const allows = (type: (typeof relationshipTypes)[number], from: Kind, to: Kind) =>
  (relationshipSpec(type).from as readonly string[]).includes(from) && (relationshipSpec(type).to as readonly string[]).includes(to);

describe('the link types offered between two entities', () => {
  it('are the model\'s, from the first to the second and back, for every pair of kinds', () => {
    for (const a of kindNames) {
      for (const b of kindNames) {
        const choices = linkChoices(a, b);
        for (const c of choices) {
          expect(structuralTypes, `${a}-${c.type}-${b}`).not.toContain(c.type);
          expect(c.reversed ? allows(c.type, b, a) : allows(c.type, a, b), `${a} ${c.type} ${b}`).toBe(true);
          expect(c.caption).toBe(relationshipSpec(c.type).caption);
        }
        const forward = relationshipTypes.filter((t) => !structuralTypes.includes(t) && allows(t, a, b));
        expect(choices.filter((c) => !c.reversed).map((c) => c.type), `${a} → ${b}`).toEqual(forward);
      }
    }
  });

  it('between an organisation and a place, list both directions; between two of one kind, each type once', () => {
    const choices = linkChoices('Organisation', 'Location');
    expect(choices.some((c) => !c.reversed)).toBe(true);
    expect(choices.filter((c) => c.reversed).map((c) => c.type)).toEqual(relationshipTypes.filter((t) => !structuralTypes.includes(t) && allows(t, 'Location', 'Organisation')));
    const same = linkChoices('Organisation', 'Organisation').map((c) => c.type);
    expect(same).toContain('PARTNER_OF');
    expect(new Set(same).size).toBe(same.length);
    expect(linkChoices('Sector', 'Figure')).toEqual([]);
  });
});
