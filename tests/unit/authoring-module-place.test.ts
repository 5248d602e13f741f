import { describe, expect, it } from 'vitest';
import { signModuleVersion } from '../../src/app/trainer/authoring/module-publish';
import { analyseInk } from '../../src/domain/authoring/ink-checks';
import type { ModuleDraft } from '../../src/domain/authoring/module-draft';
import {
  placeProblems,
  placesIn,
  prerequisiteProblems,
  programmeAround,
  refusedPrerequisite,
  type ProgrammeModule,
} from '../../src/domain/authoring/module-place';
import { assemblePack, checkContentDoc, packToContentDocs } from '../../src/domain/sync/content-docs';
import { makePack } from '../factories/pack.factory';
import { identityOf, moduleDraftFactory } from '../support/authoring-factory';
import { trainerFactory } from '../support/trainer-factory';

const inkOf = (draft: ModuleDraft) => new Map(draft.module.roleplays.map((r) => [r.name, analyseInk(r.ink)]));

/** A site module draft with its own id and title. */
function named(slug: string, title: string): ModuleDraft {
  const d = moduleDraftFactory('demo');
  d.moduleId = d.module.ref.id = d.module.ref.dir = d.module.meta.id = `demo-${slug}`;
  d.module.meta.title = title;
  for (const l of d.module.lessons) l.id = l.id.replace('demo-accueil-au-guichet', d.moduleId);
  d.module.quiz!.id = `${d.moduleId}.quiz`;
  for (const i of d.module.quiz!.items) i.id = i.id.replace('demo-accueil-au-guichet', d.moduleId);
  return d;
}

const national: ProgrammeModule = { id: 'm-accueil', title: 'Accueillir', prerequisites: [], own: false };
const siteA: ProgrammeModule = { id: 'demo-a', title: 'Module A', prerequisites: ['demo-b'], own: true };

describe('a module’s prerequisites and place in the programme', () => {
  it('offers the installed modules and the site’s published ones, the newest version over the installed, without itself', () => {
    const installed = [
      { id: 'm-accueil', title: 'Accueillir', prerequisites: [] },
      { id: 'demo-a', title: 'Module A (ancien)', prerequisites: [] },
      { id: 'demo-b', title: 'Module B', prerequisites: [] },
    ];
    const programme = programmeAround('demo-b', installed, [{ id: 'demo-a', title: 'Module A', prerequisites: ['demo-b'] }], 'demo');
    expect(programme).toEqual([national, siteA]);
  });

  it('takes prerequisites among the programme’s modules only, and never the module itself', () => {
    const draft = named('b', 'Module B');
    draft.module.ref.prerequisites = ['m-accueil'];
    expect(prerequisiteProblems(draft, [national, siteA])).toEqual([]);
    draft.module.ref.prerequisites = ['m-inconnu', 'demo-b'];
    expect(prerequisiteProblems(draft, [national, siteA]).map((p) => p.message)).toEqual([
      'le module « m-inconnu » n’est pas dans le programme (publiez-le d’abord)',
      'un module ne peut pas être son propre prérequis',
    ]);
  });

  it('refuses a loop of prerequisites, in French with the modules’ titles', () => {
    const draft = named('b', 'Module B');
    draft.module.ref.prerequisites = ['m-accueil', 'demo-a'];
    const siteC: ProgrammeModule = { id: 'demo-c', title: 'Module C', prerequisites: ['demo-a'], own: true };
    expect(prerequisiteProblems(draft, [national, siteA, siteC])).toEqual([
      {
        part: 'module',
        message: 'prérequis en boucle : Module B → Module A → Module B. Un module ne peut pas attendre un module qui l’attend.',
      },
    ]);
  });

  it('refuses, before it is taken, a prerequisite that waits for the draft, directly or through others; the same check as the publish', () => {
    const draft = named('b', 'Module B');
    draft.module.ref.prerequisites = ['m-accueil'];
    const siteC: ProgrammeModule = { id: 'demo-c', title: 'Module C', prerequisites: ['demo-a'], own: true };
    const siteD: ProgrammeModule = { id: 'demo-d', title: 'Module D', prerequisites: ['m-accueil'], own: true };
    const programme = [national, siteA, siteC, siteD];
    // A waits for B: B may not wait for A.
    const direct = 'prérequis en boucle : Module B → Module A → Module B. Un module ne peut pas attendre un module qui l’attend.';
    expect(refusedPrerequisite(draft, programme, 'demo-a')).toBe(direct);
    // C waits for A, which waits for B: B may not wait for C either.
    expect(refusedPrerequisite(draft, programme, 'demo-c')).toBe(
      'prérequis en boucle : Module B → Module C → Module A → Module B. Un module ne peut pas attendre un module qui l’attend.',
    );
    expect(refusedPrerequisite(draft, programme, 'demo-b')).toBe('un module ne peut pas être son propre prérequis');
    // A national module or a site module that does not wait for B is fine, and the draft's own choices stay.
    expect(refusedPrerequisite(draft, programme, 'demo-d')).toBeUndefined();
    expect(refusedPrerequisite(draft, [national, siteA], 'm-accueil')).toBeUndefined();
    expect(draft.module.ref.prerequisites).toEqual(['m-accueil']);
    // The publish refuses the same loop with the same words, were it chosen some other way.
    draft.module.ref.prerequisites = ['m-accueil', 'demo-a'];
    expect(prerequisiteProblems(draft, programme).map((p) => p.message)).toEqual([direct]);
  });

  it('publishes with its prerequisites and place; a loop is not published; the terminal orders the site’s modules by their place', async () => {
    const trainer = await trainerFactory();
    const a = named('a', 'Module A');
    a.module.ref.prerequisites = ['m0'];
    a.order = 1;
    const b = named('b', 'Module B');
    b.order = 0;
    const pack = await makePack({ modules: 1 });
    const installed = pack.modules.map((m) => ({ id: m.id, title: m.title, prerequisites: m.prerequisites }));
    const va = await signModuleVersion(identityOf(trainer), a, inkOf(a), undefined, {
      programme: programmeAround(a.moduleId, installed, [], 'demo'),
    });
    if (!va.ok) throw new Error(JSON.stringify(va));
    expect(va.doc.module).toMatchObject({ prerequisites: ['m0'], order: 1 });

    b.module.ref.prerequisites = ['demo-a'];
    const programmeOfB = programmeAround(b.moduleId, installed, [va.doc.module], 'demo');
    const vb = await signModuleVersion(identityOf(trainer), b, inkOf(b), undefined, { programme: programmeOfB });
    if (!vb.ok) throw new Error(JSON.stringify(vb));

    // A now waiting for B would make a loop: refused, nothing signed.
    const loop = { ...a, basedOn: 1, module: { ...a.module, ref: { ...a.module.ref, prerequisites: ['m0', 'demo-b'] } } };
    const refused = await signModuleVersion(identityOf(trainer), loop, inkOf(loop), va.doc, {
      programme: programmeAround(a.moduleId, installed, [va.doc.module, vb.doc.module], 'demo'),
    });
    expect(refused).toMatchObject({
      ok: false,
      reason: 'problems',
      problems: [{ message: expect.stringContaining('prérequis en boucle') }],
    });

    const assembled = await assemblePack(packToContentDocs(pack, '2026-12-01T10:00:00.000Z'), [va.doc, vb.doc]);
    if (!assembled.ok) throw new Error(assembled.reason);
    expect(assembled.pack.programme.moduleOrder).toEqual([...pack.programme.moduleOrder, 'demo-b', 'demo-a']);
  });

  it('places a site module right after a national one: schema 2 with `after`, the programme order and every module’s order follow', async () => {
    const trainer = await trainerFactory();
    const pack = await makePack({ modules: 3 });
    const installed = pack.modules.map((m) => ({ id: m.id, title: m.title, prerequisites: m.prerequisites }));
    const sign = async (d: ModuleDraft) => {
      const r = await signModuleVersion(identityOf(trainer), d, inkOf(d), undefined, {
        programme: programmeAround(d.moduleId, installed, [], 'demo'),
      });
      if (!r.ok) throw new Error(JSON.stringify(r));
      return r.doc;
    };
    const a = named('a', 'Module A');
    a.after = 'm0';
    const b = named('b', 'Module B');
    b.after = 'm0';
    b.order = 1;
    const c = named('c', 'Module C');
    const [va, vb, vc] = [await sign(a), await sign(b), await sign(c)];
    expect(va).toMatchObject({ schema: 2, after: 'm0' });
    // Without a place the document stays as older terminals read it.
    expect(vc.schema).toBe(1);
    expect('after' in vc).toBe(false);

    const docs = packToContentDocs(pack, '2026-12-01T10:00:00.000Z');
    const assembled = await assemblePack(docs, [vc, vb, va]);
    if (!assembled.ok) throw new Error(assembled.reason);
    const order = ['m0', 'demo-a', 'demo-b', 'm1', 'm2', 'demo-c'];
    expect(assembled.pack.programme.moduleOrder).toEqual(order);
    expect(assembled.pack.modules.map((m) => [m.id, m.order])).toEqual(order.map((id, i) => [id, i]));

    // A national module that left the programme: its site modules go to the end rather than vanish.
    const gone = await assemblePack(docs, [{ ...va, after: 'm-parti' }]);
    if (!gone.ok) throw new Error(gone.reason);
    expect(gone.pack.programme.moduleOrder).toEqual(['m0', 'm1', 'm2', 'demo-a']);
  });

  it('offers the national modules as places, refuses any other place, and refuses a place on schema 1', async () => {
    const programme = [national, siteA, { id: 'm-ecoute', title: 'Écouter', prerequisites: [], own: false }];
    expect(placesIn(programme).map((m) => m.id)).toEqual(['m-accueil', 'm-ecoute']);
    const draft = named('b', 'Module B');
    expect(placeProblems(draft, programme)).toEqual([]);
    draft.after = 'm-ecoute';
    expect(placeProblems(draft, programme)).toEqual([]);
    draft.after = 'demo-a';
    expect(placeProblems(draft, programme)).toEqual([
      { part: 'module', message: 'la place « après demo-a » n’est pas après un module national du programme' },
    ]);
    const trainer = await trainerFactory();
    const refused = await signModuleVersion(identityOf(trainer), draft, inkOf(draft), undefined, { programme });
    expect(refused).toMatchObject({ ok: false, reason: 'problems', problems: [{ message: expect.stringContaining('après demo-a') }] });

    draft.after = 'm-ecoute';
    const signed = await signModuleVersion(identityOf(trainer), draft, inkOf(draft), undefined, { programme });
    if (!signed.ok) throw new Error(JSON.stringify(signed));
    // The shared schema (the server's too) holds the place to schema 2.
    const { after: _, ...withoutPlace } = signed.doc;
    expect(checkContentDoc({ ...signed.doc, schema: 1 })).toContain('schéma 2');
    expect(checkContentDoc(withoutPlace)).toContain('schéma 2');
    expect(checkContentDoc({ ...signed.doc, after: 'demo-a' })).toContain('après un module national');
  });
});
