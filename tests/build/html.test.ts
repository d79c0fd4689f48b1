import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { describe, expect, it } from 'vitest';

// The standard preset, with one documented change (.htmlvalidate.json): Expressive
// Code, which renders Starlight's code blocks, puts <div> lines inside <code> and
// <button>; tests/build/html-elements.json permits exactly that and nothing else.
const validator = new HtmlValidate(new FileSystemConfigLoader());
const format = formatterFactory('stylish');

for (const dir of ['dist', 'dist-guide']) {
  const files = readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.html'));
  describe(`HTML validity (${dir})`, () => {
    it('finds the pages', () => expect(files.length).toBeGreaterThan(15));
    for (const file of files) {
      it(`${file} passes html-validate`, async () => {
        const report = await validator.validateFile(join(dir, file));
        expect(report.valid, format(report.results)).toBe(true);
      });
    }
  });
}

it('the validator does catch errors', async () => {
  const report = await validator.validateString(
    '<!doctype html><html lang="en"><head><title>x</title></head><body><p><div></div></p></body></html>',
    'dist/sample.html',
  );
  expect(report.valid).toBe(false);
});
