// The Action's readiness for the GitHub Marketplace and its release: action.yml within the
// Marketplace's limits, the self-test workflow, the release files. The limits: `name` and
// `description` are required (docs.github.com, "Metadata syntax reference"); the name must be
// unique on the Marketplace, with no documented length limit, so this test asks for one line;
// the Marketplace refuses a description of 125 characters or more (reported by actions refused
// at 127, e.g. pyTooling/SynchronizeForks v1.0.1); `branding.color` is one of the colours and
// `branding.icon` a Feather v4.28.0 icon outside the omitted list, as the metadata reference's
// `branding` section lists them. Cross-checked (session 5) against SchemaStore's
// `github-action.json` schema, whose `branding.color` enum is exactly the nine colours below and
// whose `branding.icon` enum leaves out every icon of OMITTED_ICONS and holds every icon of
// FEATHER_ICONS_CONSIDERED; re-check both there when changing the branding.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

const root = new URL('../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

const BRANDING_COLORS = [
  'white',
  'black',
  'yellow',
  'blue',
  'green',
  'orange',
  'red',
  'purple',
  'gray-dark',
];

/** Feather icons GitHub does not offer for branding (the list in the metadata syntax reference). */
const OMITTED_ICONS = [
  'coffee',
  'columns',
  'divide-circle',
  'divide-square',
  'divide',
  'frown',
  'hexagon',
  'key',
  'meh',
  'mouse-pointer',
  'smile',
  'tool',
  'x-octagon',
];

/** The Feather icons that would suit this Action (all in Feather v4.28.0). */
const FEATHER_ICONS_CONSIDERED = [
  'shield',
  'database',
  'check-circle',
  'git-pull-request',
  'lock',
  'alert-triangle',
];

interface ActionMetadata {
  name?: unknown;
  description?: unknown;
  branding?: { icon?: unknown; color?: unknown };
  runs?: { using?: unknown; main?: unknown };
}

describe('action.yml for the Marketplace', () => {
  const action = parseYaml(read('action.yml')) as ActionMetadata;

  it('has a one-line name and a description under 125 characters', () => {
    expect(typeof action.name).toBe('string');
    expect(String(action.name)).toMatch(/^[^\n]{1,}$/);
    expect(typeof action.description).toBe('string');
    const description = String(action.description);
    expect(description.length).toBeGreaterThan(0);
    expect(description.length).toBeLessThan(125);
    expect(description).not.toContain('\n');
  });

  it('has a branding icon from Feather that GitHub offers, and a branding color it accepts', () => {
    const { icon, color } = action.branding ?? {};
    expect(BRANDING_COLORS).toContain(color);
    expect(FEATHER_ICONS_CONSIDERED).toContain(icon);
    expect(OMITTED_ICONS).not.toContain(icon);
  });

  it('runs the committed bundle', () => {
    expect(action.runs?.main).toBe('dist/index.js');
    expect(existsSync(new URL('dist/index.js', root))).toBe(true);
  });
});

interface Workflow {
  on?: unknown;
  jobs?: Record<string, { steps?: { uses?: string; with?: Record<string, unknown> }[] }>;
}

describe('the self-test workflow', () => {
  const workflow = parseYaml(read('.github/workflows/self-test.yml')) as Workflow;
  const steps = Object.values(workflow.jobs ?? {}).flatMap((job) => job.steps ?? []);
  const self = steps.filter((step) => step.uses === './');

  it('runs this repository’s Action in check mode on the README’s example project', () => {
    expect(self).toHaveLength(1);
    const inputs = self[0]?.with ?? {};
    expect(inputs['mode']).toBe('check');
    const dir = String(inputs['migrations-dir']);
    expect(existsSync(new URL(dir, root))).toBe(true);
    // The example the README's set-up command checks.
    expect(read('README.md')).toContain(`npx migration-guard check --dir ${dir}`);
    const config = inputs['config'];
    if (config !== undefined) expect(existsSync(new URL(String(config), root))).toBe(true);
  });

  it('checks out the repository first, on a current major version', () => {
    expect(steps[0]?.uses).toBe('actions/checkout@v6');
  });
});

describe('example workflows', () => {
  const files = [
    'examples/workflows/migration-guard-check.yml',
    'examples/workflows/migration-guard-rollout.yml',
    '.github/workflows/self-test.yml',
  ];

  it('use the current major versions of the actions they name', () => {
    const current: Record<string, string> = {
      'actions/cache': 'v6',
      'actions/checkout': 'v6',
      'github/codeql-action/upload-sarif': 'v4',
      'migration-guard/migration-guard': 'v1',
    };
    for (const file of files) {
      for (const match of read(file).matchAll(/uses:\s*([\w./-]+)@(\S+)/g)) {
        const [, action = '', version] = match;
        expect(Object.keys(current), `${file}: ${action}`).toContain(action);
        expect(version, `${file}: ${action}`).toBe(current[action]);
      }
    }
  });

  it('store the deploy secret in the protected production environment', () => {
    const rollout = parseYaml(read('examples/workflows/migration-guard-rollout.yml')) as {
      jobs: Record<string, { environment?: unknown }>;
    };
    expect(rollout.jobs['deploy']?.environment).toBe('production');
  });
});

describe('release files', () => {
  const pkg = JSON.parse(read('package.json')) as { version: string };

  it('the changelog starts with the version in package.json', () => {
    const first = /^## \[?v?(\d+\.\d+\.\d+)/m.exec(read('CHANGELOG.md'));
    expect(first?.[1]).toBe(pkg.version);
  });

  it('marks dist/ as generated and carries no leftover experiments', () => {
    expect(read('.gitattributes')).toMatch(/^dist\/\*\* linguist-generated=true$/m);
    expect(existsSync(new URL('.exp-m.ts', root))).toBe(false);
  });

  it('ships the bundled packages’ licences', () => {
    const licenses = read('dist/licenses.txt');
    expect(licenses).toContain('@actions/core');
    expect(licenses).toContain('MIT');
  });
});
