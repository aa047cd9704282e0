import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import PhoneSearchTerms from '../../../src/components/PhoneSearchTerms.astro';
import { parsePhone } from '../../../src/lib/directory/phone';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

/** The text of the hidden block, split back into forms. */
function formsIn(html: string): string[] {
  const match = /<p class="visually-hidden" aria-hidden="true" data-phone-forms>(.*)<\/p>/s.exec(html);
  if (!match?.[1]) throw new Error(`no phone-forms block in ${html}`);
  return match[1].split(' · ');
}

describe('PhoneSearchTerms', () => {
  it('renders nothing without phones', async () => {
    const html = await container.renderToString(PhoneSearchTerms, { props: { phones: [] } });
    expect(html.trim()).toBe('');
  });

  it('lists every typed form of each number in one hidden block', async () => {
    const html = await container.renderToString(PhoneSearchTerms, {
      props: { phones: [parsePhone('+1 866-510-9715'), parsePhone('1-800-EXPEDIA')] },
    });
    const forms = formsIn(html);
    for (const form of ['8665109715', '866-510-9715', '(866) 510-9715', '866 510 9715', '+1 866 510 9715', '1-866-510-9715', '+18665109715']) {
      expect(forms).toContain(form);
    }
    expect(forms).toContain('1-800-397-3342');
    expect(forms).toContain('18003973342');
  });

  it('lists a number given twice only once', async () => {
    const html = await container.renderToString(PhoneSearchTerms, {
      props: { phones: [parsePhone('866-510-9715'), parsePhone('(866) 510-9715')] },
    });
    const forms = formsIn(html);
    expect(forms.filter((f) => f === '866-510-9715')).toHaveLength(1);
    expect(new Set(forms).size).toBe(forms.length);
  });
});
