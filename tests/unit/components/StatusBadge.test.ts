import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import StatusBadge from '../../../src/components/StatusBadge.astro';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('StatusBadge', () => {
  it.each([
    ['current', 'Current'],
    ['unverified', 'Unverified'],
    ['superseded', 'Superseded'],
    ['retired', 'Retired'],
  ])('renders %s as a badge named %s', async (status, name) => {
    const html = await container.renderToString(StatusBadge, { props: { status } });
    expect(html).toBe(`<span class="badge badge--${status}">${name}</span>`);
  });
});
