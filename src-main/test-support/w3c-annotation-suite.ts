import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

/**
 * The W3C Web Annotation test suite (`web-annotation-tests`), vendored in the shared folder beside
 * the repository: `../shared/vendor/…` from the clone (CI), `../../shared/vendor/…` from a
 * worktree under wt/. WEB_ANNOTATION_TESTS overrides. Null when absent, so tests can skip saying why.
 */
export function suiteRoot(root = process.cwd()): string | null {
  const candidates = [
    process.env.WEB_ANNOTATION_TESTS,
    resolve(root, '../shared/vendor/web-annotation-tests'),
    resolve(root, '../../shared/vendor/web-annotation-tests'),
  ];
  return candidates.find((p): p is string => p !== undefined && existsSync(join(p, 'definitions'))) ?? null;
}

export interface Failure {
  assertion: string;
  message: string;
}

type Kind = 'annotation' | 'collection' | 'page';
const TESTS: Record<Kind, string> = {
  annotation: 'annotations/annotationMusts.test',
  collection: 'collections/collectionMusts.test',
  page: 'collections/pages/pageMusts.test',
};

const readJson = (path: string): Record<string, unknown> =>
  JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

/**
 * Validates objects against every MUST assertion of one of the suite's `*Musts.test` files, as the
 * suite's runner does: each assertion is a draft-04 JSON Schema whose `expectedResult` is `valid`.
 * Returns the assertions an object failed, with the suite's own error message.
 */
export function mustValidator(root: string): (kind: Kind, value: unknown) => Failure[] {
  const ajv = new Ajv({ strict: false, allErrors: false, validateFormats: true });
  addFormats(ajv);
  for (const name of [
    'annotations',
    'bodyTarget',
    'choiceSet',
    'collections',
    'id',
    'otherProperties',
    'specificResource',
  ])
    ajv.addSchema(readJson(join(root, 'definitions', `${name}.json`)));
  const compiled = new Map<
    string,
    { check: ReturnType<Ajv['compile']>; expected: unknown; message: string }
  >();
  const assertionsOf = (kind: Kind): string[] => {
    const test = readJson(join(root, TESTS[kind])) as { assertions: string[] };
    return test.assertions;
  };
  return (kind, value) =>
    assertionsOf(kind).flatMap((assertion) => {
      let entry = compiled.get(assertion);
      if (!entry) {
        const schema = readJson(join(root, assertion));
        if (schema.assertionType !== 'must') return [];
        // The suite reuses ids across folders; compile each file as its own anonymous schema.
        entry = {
          check: ajv.compile({ ...schema, id: assertion.replaceAll('/', '_') }),
          expected: schema.expectedResult,
          message: String(schema.errorMessage ?? schema.title),
        };
        compiled.set(assertion, entry);
      }
      const valid = entry.check(value) === true;
      return valid === (entry.expected === 'valid') ? [] : [{ assertion, message: entry.message }];
    });
}
