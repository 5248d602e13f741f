import { describe, expect, it } from 'vitest';
import { DEMO_LEARNERS } from '../../src/domain/demo/demo-site';
import { seriousA11yViolations } from '../support/axe';
import { useAppSuite } from '../support/e2e-suite';
import { signInTrainer } from '../support/trainer-e2e';

const app = useAppSuite();
const [marius] = DEMO_LEARNERS;

describe('trainer screens: accessibility', () => {
  it('has no serious or critical axe violation on any trainer screen, the print view included; each has a heading', async () => {
    const page = await (await app.browser.newContext()).newPage();
    await page.goto(`${app.server.url}/#/formateur`);
    await page.getByTestId('trainer-signin').waitFor();
    const check = async (screen: string) => {
      await page.locator('main h1').first().waitFor();
      const violations = await seriousA11yViolations(page, ['page-has-heading-one']);
      expect(violations.map((v) => `${screen} ${v.id}: ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    };
    // Sign-in, with the key creation form open.
    await page.getByText('Première fois sur ce poste : créer ma clé').click();
    await page.getByTestId('new-key-form').waitFor();
    await check('sign-in and key creation');
    await signInTrainer(page);

    const id = marius.learnerId;
    // Each screen, and a part of it that shows once its data is loaded.
    const screens: [string, string, string][] = [
      ['learners and groups', '#/formateur', '[data-testid=trainer-learners]'],
      ['learner sheet', `#/formateur/apprenant/${id}`, '[data-testid=learner-status]'],
      ['bilan', `#/formateur/bilan/${id}`, '[data-testid=bilan-form]'],
      ['learner report', `#/formateur/stagiaire/${id}/rapport`, '[data-testid=report-path]'],
      ['live scoring', `#/formateur/stagiaire/${id}/jeu-en-classe`, '[data-testid=scoring-grid]'],
      ['ECF', `#/formateur/stagiaire/${id}/ecf`, 'fieldset.grade'],
      ['DP', `#/formateur/stagiaire/${id}/dossier-professionnel`, 'section[data-testid^=dp-]'],
      ['class report', '#/formateur/rapports', '[data-testid=class-grid]'],
      ['record export and import', '#/formateur/dossier-transfert', '[data-testid=record-import]'],
    ];
    for (const [screen, hash, loaded] of screens) {
      await page.evaluate((h) => (location.hash = h), hash);
      await page.locator(loaded).first().waitFor();
      await check(screen);
    }

    // The learner's file as printed.
    await page.evaluate((h) => (location.hash = h), `#/formateur/stagiaire/${id}/rapport`);
    await page.getByTestId('report-path').waitFor();
    await page.emulateMedia({ media: 'print' });
    await check('print view');
    await page.context().close();
  });
});
