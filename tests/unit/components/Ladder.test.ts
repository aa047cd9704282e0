import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import Ladder from '../../../src/components/Ladder.astro';
import { STAGES } from '../../../src/lib/directory/ladder';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

/** Shaped like loaded entries of the tactics collection; the Ladder reads only these fields. */
const entry = (id: string, title: string, stage: string, order: number) => ({
  id,
  collection: 'tactics',
  data: { title, stage, order, summary: `${title}.` },
});

const tactics = [
  entry('write-to-headquarters', 'Write to headquarters', 'headquarters', 0),
  entry('watch-your-tone', 'Watch your tone', 'front-line', 2),
  entry('stay-calm', 'Stay calm', 'front-line', 1),
  entry('be-reasonable', 'Be reasonable', 'front-line', 2),
  entry('gather-the-facts', 'Gather the facts', 'prepare', 0),
];

/** The HTML of one stage's list item. */
function stageBlock(html: string, stage: string): string {
  const start = html.indexOf(`<li data-stage="${stage}">`);
  if (start < 0) throw new Error(`no stage ${stage}`);
  const next = html.indexOf('<li data-stage=', start + 1);
  return html.slice(start, next < 0 ? undefined : next);
}

describe('Ladder', () => {
  it('shows every stage in ladder order, named', async () => {
    const html = await container.renderToString(Ladder, { props: { tactics } });
    const stages = [...html.matchAll(/<li data-stage="([^"]+)">/g)].map((m) => m[1]);
    expect(stages).toEqual([...STAGES]);
    expect(html).toContain('<h3 id="stage-card-and-regulators">Card issuer and regulators</h3>');
    expect(html).toContain('<h3 id="stage-front-line">Front line</h3>');
  });

  it('links each tactic under its stage, sorted by order then title', async () => {
    const html = await container.renderToString(Ladder, { props: { tactics } });
    const frontLine = stageBlock(html, 'front-line');
    const links = [...frontLine.matchAll(/<a href="([^"]+)">([^<]+)<\/a>/g)].map((m) => [m[1], m[2]]);
    expect(links).toEqual([
      ['/tactics/stay-calm/', 'Stay calm'],
      ['/tactics/be-reasonable/', 'Be reasonable'],
      ['/tactics/watch-your-tone/', 'Watch your tone'],
    ]);
    expect(stageBlock(html, 'headquarters')).toContain('<a href="/tactics/write-to-headquarters/">Write to headquarters</a>');
  });

  it('shows an empty stage with its blurb but no list', async () => {
    const html = await container.renderToString(Ladder, { props: { tactics } });
    const social = stageBlock(html, 'social');
    expect(social).toContain('When the phone queue goes nowhere');
    expect(social).not.toContain('<ul>');
    expect(stageBlock(html, 'prepare')).toContain('<ul>');
  });
});
