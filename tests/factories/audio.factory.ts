import { compileInk } from '../../src/content-build/ink';
import { createLessonRenderer } from '../../src/content-build/markdown';
import type { ContentPack } from '../../src/domain/content/pack.schema';
import type { Roleplay } from '../../src/domain/content/roleplay.schema';
import { makePack } from './pack.factory';

/**
 * A role-play whose lines cover the speaker rules: untagged lines are the customer's, `# speaker:`
 * tags make narrator lines, a conditional line, and a line only said once the customer file is open.
 */
export const SPEAKING_INK = `VAR consulte_fiche = false
VAR perdue = 0
La ligne sonne. # speaker: narrateur
-> accueil
=== accueil ===
Bonjour, c'est Madame Alexis.
* [Madinina Télécom, bonjour. Kevin à votre écoute. #greeting:2]
    C'est pour ma facture.
    -> suite
* [Oui, allô ? #greeting:-2]
    Euh… c'est bien le téléphone ?
    ~ perdue = perdue + 1
    -> suite
=== suite ===
{ perdue >= 1:
    Je suis un peu perdue. # speaker: client
}
{ consulte_fiche:
    Vous avez ma fiche sous les yeux ?
}
* [Je regarde votre facture. #solution:1]
    Merci. # speaker: client
    -> END
`;

export function compiledInk(source = SPEAKING_INK): string {
  const compiled = compileInk(source);
  if (!compiled.json) throw new Error(compiled.errors.map((e) => e.message).join('; '));
  return compiled.json;
}

/** A pack whose first module has a rendered lesson with boxes and lists, and the speaking role-play. */
export async function speakingPack(): Promise<ContentPack> {
  const pack = await makePack({ modules: 1, items: 2 });
  const md = createLessonRenderer();
  const mod = pack.modules[0];
  if (!mod) throw new Error('pack sans module');
  const lesson = mod.lessons[0];
  if (lesson) {
    lesson.html = md.render(
      'Le client se fait une idée **en quelques secondes**.\n\n1. **Saluer** : « Bonjour ».\n2. Se présenter.\n\n::: dialogue\n— Bonjour, Madinina Télécom.\n— Bonjour, j’appelle pour ma facture.\n:::\n',
    );
  }
  const roleplay: Roleplay = {
    id: 'rp-parle',
    schema: 1,
    title: 'Une cliente qui parle',
    competencies: ['c-one'],
    difficulty: 1,
    channel: 'phone',
    caller: { name: 'Mme Alexis', profile: 'Cliente âgée' },
    goal: 'Expliquer la facture',
    passThreshold: 0.6,
    goodPractice: ['Parler lentement'],
    usualMistakes: ['Aller trop vite'],
    moduleId: mod.id,
    ink: compiledInk(),
  };
  mod.roleplays = [roleplay];
  return pack;
}
