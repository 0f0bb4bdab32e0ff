// The validator settings catch real mistakes: an image without alt, a duplicate id, a stray end tag.
import { describe, expect, it } from 'vitest';
import { validationErrors } from '../helpers/validate';

const doc = (body: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A page</title></head><body><main>${body}</main></body></html>`;
const rules = async (body: string) => (await validationErrors(doc(body), 'dist/fixture.html')).map((m) => m.split(' ')[1]);

describe('html-validate with the project settings', () => {
  it('passes a valid page', async () => {
    expect(await rules('<h1>Title</h1><p><a href="/x/">x</a></p><img src="/a.svg" alt="A chart" width="1" height="1">')).toEqual([]);
  });
  it('fails an image without alt, a duplicate id and a stray end tag', async () => {
    expect(await rules('<img src="/a.svg">')).toContain('wcag/h37:');
    expect(await rules('<p id="a">x</p><p id="a">y</p>')).toContain('no-dup-id:');
    expect(await rules('<p>x</p></div>')).toContain('close-order:');
  });
  it('fails an inline style attribute and a button without a type', async () => {
    expect(await rules('<p style="color:red">x</p>')).toContain('no-inline-style:');
    expect(await rules('<button>x</button>')).toContain('no-implicit-button-type:');
  });
});
