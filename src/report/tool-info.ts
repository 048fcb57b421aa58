import { readJsonResource } from '../resources.js';

interface PackageJson {
  name: string;
  version: string;
  homepage?: string;
  repository?: string | { url?: string };
}

const pkg = readJsonResource<PackageJson>('package.json');

/** The repository's web address from package.json ("git+https://…/x.git" → "https://…/x"), if it names one. */
function repositoryUrl(): string | undefined {
  const raw = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  if (!raw || !/^(git\+)?https:\/\//.test(raw)) return undefined;
  return raw.replace(/^git\+/, '').replace(/\.git$/, '');
}

const repository = repositoryUrl();

/** Who produced a report, for formats that say so (SARIF tool.driver). */
export const tool = {
  name: pkg.name,
  version: pkg.version,
  /** SARIF requires an absolute URI: the package's own homepage, its repository, else its registry page. */
  informationUri: pkg.homepage ?? repository ?? `https://www.npmjs.com/package/${pkg.name}`,
} as const;

/** Repository-relative path of the generated rule reference (docs/rules.md, `npm run docs`). */
export const RULES_DOC = 'docs/rules.md';

/**
 * Absolute address of a rule's section in docs/rules.md. SARIF (§3.49.12) and GitHub's upload-sarif
 * accept only absolute URIs in helpUri, so without a repository in package.json there is none.
 */
export function ruleDocUri(ruleId: string, repo: string | undefined = repository): string | undefined {
  return repo ? `${repo}/blob/HEAD/${RULES_DOC}#${ruleId}` : undefined;
}
